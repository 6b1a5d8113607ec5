package org.patchwork.network.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The team around a client: who, from which agency, how to reach them, and on what basis they are involved. */
public record NetworkView(UUID clientId, List<Member> members) {

    /**
     * @param name               null (with the other contact fields) when neither the local copy nor the directory
     *                           could say
     * @param contactThroughDuty their role is sensitive: the phone and email are their agency's duty contact, the
     *                           way to reach them
     */
    public record Member(UUID professionalId, String agency, String name, String jobTitle, String workPhone,
                         String mobile, String email, String preferredContact, NetworkRole role, Instant memberSince,
                         LegalBasis legalBasis, LocalDate reviewDate, JoinedVia joinedVia,
                         boolean contactThroughDuty) {
    }
}
