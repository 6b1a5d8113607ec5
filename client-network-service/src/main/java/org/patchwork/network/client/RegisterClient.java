package org.patchwork.network.client;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.patchwork.network.clientrecord.ClientDetails;
import org.patchwork.network.membership.MembershipBasis;

/**
 * Registering a client nobody knows yet. The practitioner becomes the lead professional and says on what legal
 * basis they hold the client's details.
 *
 * @param householdWithClientId optionally, a client (whose network the practitioner is in) this client lives with
 * @param differentPerson       the practitioner was told a client with the same family name and date of birth is
 *                              already known, looked them up, and says this is a different person
 */
public record RegisterClient(@Valid @NotNull ClientDetails client,
                             @Valid @NotNull MembershipBasis basis,
                             UUID householdWithClientId,
                             Boolean differentPerson) {

    boolean saysDifferentPerson() {
        return Boolean.TRUE.equals(differentPerson);
    }
}
