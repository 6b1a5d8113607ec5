package org.patchwork.network.membership;

import java.util.Optional;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

/** Who may change a network, decided from the memberships alone. */
final class NetworkRules {

    /** What a permitted removal is: a member leaving, or someone with the right removing them. */
    enum Removal {
        LEAVE, REMOVE
    }

    static final String NO_SUCH_CLIENT = "No client with this id.";

    private NetworkRules() {
    }

    /**
     * @param actor        the caller's current membership of the client, if any
     * @param target       the membership to end
     * @param othersRemain whether anyone else would still be in the network
     */
    static Removal removal(Caller caller, Optional<Membership> actor, Membership target, boolean othersRemain) {
        boolean leaving = actor.filter(me -> me.professionalId().equals(target.professionalId())).isPresent();
        if (leaving) {
            if (target.isLead() && othersRemain) {
                throw PatchworkException.conflict("Hand the lead to another member before you leave the network.");
            }
            return Removal.LEAVE;
        }
        if (actor.filter(Membership::isLead).isPresent()) {
            return Removal.REMOVE;
        }
        if (caller.hasRole(Caller.AGENCY_ADMIN) && caller.worksFor(target.agency())) {
            return Removal.REMOVE;
        }
        if (actor.isPresent()) {
            throw PatchworkException.forbidden(
                    "Only the lead professional or the member's agency administrator can remove a member.");
        }
        throw PatchworkException.notFound(NO_SUCH_CLIENT);
    }

    /** The lead hands over to a member; when the network has no lead, any member may name one. */
    static void checkHandover(Membership actor, Optional<Membership> currentLead, Membership newLead) {
        if (newLead.isLead()) {
            throw PatchworkException.conflict("That professional is already the lead.");
        }
        if (currentLead.isPresent() && !actor.isLead()) {
            throw PatchworkException.forbidden("Only the lead professional can hand over the lead.");
        }
    }
}
