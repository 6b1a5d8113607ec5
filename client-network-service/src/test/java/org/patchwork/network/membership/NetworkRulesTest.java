package org.patchwork.network.membership;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkRulesTest {

    static final UUID CLIENT = UUID.randomUUID();
    static final Caller PRACTITIONER = new Caller("sub", "lichfield-dc", Set.of(Caller.PRACTITIONER), "A", "a@x");
    static final Caller NHS_ADMIN = new Caller("adm", "nhs-primary-care", Set.of(Caller.AGENCY_ADMIN), "B", "b@x");

    static Membership membership(String agency, NetworkRole role) {
        return new Membership(UUID.randomUUID(), CLIENT, UUID.randomUUID(), agency, role, LegalBasis.CONSENT, "why",
                null, JoinedVia.SELF, true, Instant.now(), null, null);
    }

    static int status(Runnable rule) {
        try {
            rule.run();
            return 200;
        } catch (PatchworkException refusal) {
            return refusal.status().value();
        }
    }

    @Test
    void aMemberMayLeaveButTheLeadOnlyOnceNobodyElseRemainsOrAfterHandingOver() {
        Membership member = membership("lichfield-dc", NetworkRole.MEMBER);
        Membership lead = membership("lichfield-dc", NetworkRole.LEAD);

        assertThat(NetworkRules.removal(PRACTITIONER, Optional.of(member), member, true)).isEqualTo(NetworkRules.Removal.LEAVE);
        assertThat(NetworkRules.removal(PRACTITIONER, Optional.of(lead), lead, false)).isEqualTo(NetworkRules.Removal.LEAVE);
        assertThat(status(() -> NetworkRules.removal(PRACTITIONER, Optional.of(lead), lead, true))).isEqualTo(409);
    }

    @Test
    void theLeadOrTheMembersOwnAgencyAdminMayRemoveAMember() {
        Membership nurse = membership("nhs-primary-care", NetworkRole.MEMBER);
        Membership teacher = membership("schools-partnership", NetworkRole.MEMBER);
        Membership lead = membership("lichfield-dc", NetworkRole.LEAD);

        assertThat(NetworkRules.removal(PRACTITIONER, Optional.of(lead), nurse, true)).isEqualTo(NetworkRules.Removal.REMOVE);
        assertThat(NetworkRules.removal(NHS_ADMIN, Optional.empty(), nurse, true)).isEqualTo(NetworkRules.Removal.REMOVE);
        assertThat(status(() -> NetworkRules.removal(NHS_ADMIN, Optional.empty(), teacher, true))).isEqualTo(404);
        assertThat(status(() -> NetworkRules.removal(PRACTITIONER, Optional.of(teacher), nurse, true))).isEqualTo(403);
        assertThat(status(() -> NetworkRules.removal(PRACTITIONER, Optional.empty(), nurse, true))).isEqualTo(404);
    }

    @Test
    void onlyTheLeadHandsOverUnlessTheNetworkHasNoLead() {
        Membership lead = membership("lichfield-dc", NetworkRole.LEAD);
        Membership member = membership("nhs-primary-care", NetworkRole.MEMBER);
        Membership other = membership("staffs-fire", NetworkRole.MEMBER);

        assertThat(status(() -> NetworkRules.checkHandover(lead, Optional.of(lead), member))).isEqualTo(200);
        assertThat(status(() -> NetworkRules.checkHandover(member, Optional.of(lead), other))).isEqualTo(403);
        assertThat(status(() -> NetworkRules.checkHandover(member, Optional.empty(), member))).isEqualTo(200);
        assertThat(status(() -> NetworkRules.checkHandover(lead, Optional.of(lead), lead))).isEqualTo(409);
    }
}
