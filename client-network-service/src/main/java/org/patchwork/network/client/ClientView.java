package org.patchwork.network.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.clientrecord.ClientStatus;

/**
 * A client as a member of their network sees them.
 *
 * @param household the other clients of the same family or household whose networks the viewer is also in
 */
public record ClientView(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                         String address, String postcode, String localReference, ClientStatus status,
                         List<HouseholdMember> household) {

    public record HouseholdMember(UUID id, String givenName, String familyName, String knownAs,
                                  LocalDate dateOfBirth) {

        static HouseholdMember of(Client client) {
            return new HouseholdMember(client.id(), client.givenName(), client.familyName(), client.knownAs(),
                    client.dateOfBirth());
        }
    }

    static ClientView of(Client client, List<Client> household) {
        return new ClientView(client.id(), client.givenName(), client.familyName(), client.knownAs(),
                client.dateOfBirth(), client.address(), client.postcode(), client.localReference(), client.status(),
                household.stream().map(HouseholdMember::of).toList());
    }
}
