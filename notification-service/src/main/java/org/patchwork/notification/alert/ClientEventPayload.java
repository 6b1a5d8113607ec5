package org.patchwork.notification.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The fields of the client network and schedule services' events (v1) that alerts need, read leniently: one
 * shape for every type, unknown fields ignored, a professional given either as a reference object
 * ({@code professional: {id, ...}}) or as a bare id ({@code professionalId}).
 */
record ClientEventPayload(UUID eventId,
                          Instant occurredAt,
                          UUID clientId,
                          String clientInitials,
                          UUID actorProfessionalId,
                          Ref professional,
                          UUID professionalId,
                          Ref invitee,
                          Ref invitedBy,
                          UUID invitationId,
                          Instant expiresAt,
                          String priority,
                          boolean flaggedForIgReview,
                          boolean leadLeft,
                          Visit visit,
                          UUID visitorProfessionalId,
                          Visit first,
                          Visit second,
                          Long daysNotSeen,
                          List<UUID> memberIds,
                          @JsonAlias("leadId") UUID leadProfessionalId,
                          String reason,
                          Instant confirmBy,
                          LocalDate reviewDate,
                          boolean wasLead,
                          List<Ref> ended) {

    record Ref(UUID id) {
    }

    record Visit(UUID visitId, Ref visitor, UUID visitorProfessionalId, Instant startsAt) {

        UUID visitorId() {
            return visitor != null ? visitor.id() : visitorProfessionalId;
        }
    }

    /** The professionals whose memberships the event ended (the client withdrew consent); empty when none. */
    List<UUID> endedIds() {
        return ended == null ? List.of() : ended.stream().map(ClientEventPayload::idOf).filter(java.util.Objects::nonNull)
                .toList();
    }

    static UUID idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }

    /** The professional the event is about (who joined, left, was removed...). */
    UUID concernedId() {
        return professional != null ? professional.id() : professionalId;
    }

    /** Who is to make the visit the event is about. */
    UUID visitorId() {
        if (visit != null && visit.visitorId() != null) {
            return visit.visitorId();
        }
        return visitorProfessionalId != null ? visitorProfessionalId : concernedId();
    }

    Instant visitStartsAt() {
        return visit == null ? null : visit.startsAt();
    }

    boolean carriesTheNetwork() {
        return clientId != null && memberIds != null;
    }

    boolean urgent() {
        return "URGENT".equalsIgnoreCase(priority);
    }
}
