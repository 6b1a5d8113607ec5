package org.patchwork.notification.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The client network's and the schedule's events (v1) as alerts read them: one record per event type, holding
 * exactly the fields this service uses, named as the producer's contract names them
 * ({@code <producer>/src/main/resources/contracts/events/<topic>/<Type>.schema.json}). Fields the record does not
 * name are ignored, so a producer may add fields; {@code ConsumedContractsTest} fails when a producer's example stops
 * carrying one of these.
 *
 * <p>Every event about a client carries the client, its initials, who caused it and the network as it is after it.
 */
sealed interface ClientEvent {

    Instant occurredAt();

    UUID clientId();

    String clientInitials();

    /** Who caused the event; never told about it. */
    UUID actorProfessionalId();

    /** The client's members after the event. */
    List<UUID> memberIds();

    /** The client's lead after the event; null when the event does not say (see {@link #saysWhoLeads()}). */
    UUID leadProfessionalId();

    /** The client network's events always say who leads (null: nobody); the schedule's mostly do not. */
    boolean saysWhoLeads();

    /** A professional as events refer to one. */
    record ProfessionalRef(UUID id) {

        static UUID idOf(ProfessionalRef ref) {
            return ref == null ? null : ref.id();
        }
    }

    /** A visit as the schedule's events describe it. */
    record Visit(ProfessionalRef visitor, Instant startsAt) {

        UUID visitorId() {
            return visitor == null ? null : visitor.id();
        }
    }

    /** The client network's events: they say who leads. */
    sealed interface FromClientNetwork extends ClientEvent {

        @Override
        default boolean saysWhoLeads() {
            return true;
        }
    }

    /** The schedule's events: they carry the members, not the lead. */
    sealed interface FromSchedule extends ClientEvent {

        @Override
        default UUID leadProfessionalId() {
            return null;
        }

        @Override
        default boolean saysWhoLeads() {
            return false;
        }
    }

    /** An event that changes only the network copy (a client registered, updated or closed; a renewal): no alert. */
    record NetworkChanged(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                          List<UUID> memberIds, UUID leadProfessionalId) implements FromClientNetwork {
    }

    record InvitationSent(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                          List<UUID> memberIds, UUID leadProfessionalId, UUID invitationId, ProfessionalRef invitee,
                          Instant expiresAt) implements FromClientNetwork {
    }

    /** Accepted or declined: the invitation is closed. */
    record InvitationAnswered(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                              List<UUID> memberIds, UUID leadProfessionalId, UUID invitationId)
            implements FromClientNetwork {
    }

    record InvitationExpired(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                             List<UUID> memberIds, UUID leadProfessionalId, UUID invitationId,
                             ProfessionalRef invitedBy) implements FromClientNetwork {
    }

    record MemberJoinedNetwork(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                               List<UUID> memberIds, UUID leadProfessionalId, ProfessionalRef professional,
                               boolean flaggedForIgReview) implements FromClientNetwork {
    }

    record MemberLeftNetwork(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                             List<UUID> memberIds, UUID leadProfessionalId) implements FromClientNetwork {
    }

    record MemberRemovedFromNetwork(Instant occurredAt, UUID clientId, String clientInitials,
                                    UUID actorProfessionalId, List<UUID> memberIds, UUID leadProfessionalId,
                                    ProfessionalRef professional) implements FromClientNetwork {
    }

    record LeadProfessionalChanged(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                                   List<UUID> memberIds, UUID leadProfessionalId) implements FromClientNetwork {
    }

    /** {@code reason}: why the member is gone (absent from events published before it was carried: left their agency). */
    record ReplacementNeeded(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                             List<UUID> memberIds, UUID leadProfessionalId, ProfessionalRef professional,
                             boolean leadLeft, String reason) implements FromClientNetwork {
    }

    record InvolvementConfirmationRequested(Instant occurredAt, UUID clientId, String clientInitials,
                                            UUID actorProfessionalId, List<UUID> memberIds, UUID leadProfessionalId,
                                            ProfessionalRef professional, Instant confirmBy)
            implements FromClientNetwork {
    }

    record LegalBasisReviewDue(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                               List<UUID> memberIds, UUID leadProfessionalId, ProfessionalRef professional,
                               LocalDate reviewDate) implements FromClientNetwork {
    }

    record MembershipLapsed(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                            List<UUID> memberIds, UUID leadProfessionalId, ProfessionalRef professional,
                            String reason, boolean wasLead) implements FromClientNetwork {
    }

    /** {@code ended}: the professionals whose memberships, resting on consent, ended. */
    record ConsentWithdrawn(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                            List<UUID> memberIds, UUID leadProfessionalId, List<ProfessionalRef> ended)
            implements FromClientNetwork {

        List<UUID> endedIds() {
            return ended == null ? List.of()
                    : ended.stream().filter(Objects::nonNull).map(ProfessionalRef::id).filter(Objects::nonNull)
                            .toList();
        }
    }

    record AttentionRaised(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                           List<UUID> memberIds, UUID leadProfessionalId, String priority)
            implements FromClientNetwork {

        boolean urgent() {
            return "URGENT".equalsIgnoreCase(priority);
        }
    }

    /** A visit scheduled, rescheduled or cancelled: the network is told, and the visitor when someone else did it. */
    sealed interface VisitChanged extends FromSchedule {

        Visit visit();

        /** How the change is said: scheduled, rescheduled, cancelled. */
        String verb();
    }

    record VisitScheduled(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                          List<UUID> memberIds, Visit visit) implements VisitChanged {

        @Override
        public String verb() {
            return "scheduled";
        }
    }

    record VisitRescheduled(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                            List<UUID> memberIds, Visit visit) implements VisitChanged {

        @Override
        public String verb() {
            return "rescheduled";
        }
    }

    record VisitCancelled(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                          List<UUID> memberIds, Visit visit) implements VisitChanged {

        @Override
        public String verb() {
            return "cancelled";
        }
    }

    record VisitNoAccess(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                         List<UUID> memberIds) implements FromSchedule {
    }

    /** A visit completed or a contact recorded: the network copy only. */
    record VisitRecorded(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                         List<UUID> memberIds) implements FromSchedule {
    }

    /** The one schedule event that names the lead, who is told first. */
    record ClientNotSeen(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                         List<UUID> memberIds, UUID leadProfessionalId, Long daysNotSeen) implements FromSchedule {

        @Override
        public boolean saysWhoLeads() {
            return leadProfessionalId != null;
        }
    }

    record VisitClash(Instant occurredAt, UUID clientId, String clientInitials, UUID actorProfessionalId,
                      List<UUID> memberIds, Visit first, Visit second) implements FromSchedule {
    }

    /**
     * Not an event of another service: this service's own reminder that an invitation expires soon, made from its
     * copy of the open invitation.
     */
    record InvitationExpiring(Instant occurredAt, UUID clientId, String clientInitials, UUID invitationId,
                              UUID inviteeId, Instant expiresAt) implements ClientEvent {

        @Override
        public UUID actorProfessionalId() {
            return null;
        }

        @Override
        public List<UUID> memberIds() {
            return List.of();
        }

        @Override
        public UUID leadProfessionalId() {
            return null;
        }

        @Override
        public boolean saysWhoLeads() {
            return false;
        }
    }
}
