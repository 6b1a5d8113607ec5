package org.patchwork.network.clientrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A client as this service holds them: enough to identify the right person, nothing about their case. */
public record Client(UUID id, String givenName, String familyName, String familyNameKey, String knownAs,
                     LocalDate dateOfBirth, String address, String postcode, String localReference,
                     UUID householdId, ClientStatus status, Instant createdAt, Instant updatedAt) {

    public String initials() {
        return ClientIdentity.initials(givenName, familyName);
    }

    public boolean isOpen() {
        return status == ClientStatus.OPEN;
    }

    public static Client register(UUID id, ClientDetails details, Instant now) {
        return new Client(id, details.givenName().strip(), details.familyName().strip(),
                ClientIdentity.familyNameKey(details.familyName()), blankToNull(details.knownAs()),
                details.dateOfBirth(), blankToNull(details.address()), ClientIdentity.postcode(details.postcode()),
                blankToNull(details.localReference()), null, ClientStatus.OPEN, now, now);
    }

    public Client withDetails(ClientDetails details, Instant now) {
        Client changed = register(id, details, createdAt);
        return new Client(id, changed.givenName, changed.familyName, changed.familyNameKey, changed.knownAs,
                changed.dateOfBirth, changed.address, changed.postcode, changed.localReference, householdId, status,
                createdAt, now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
