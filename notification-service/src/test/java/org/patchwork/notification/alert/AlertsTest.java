package org.patchwork.notification.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AlertsTest extends NotificationIntegrationTest {

    @Autowired
    InvitationReminders reminders;

    @Test
    void anUrgentAttentionReachesEveryOtherMemberByEmailAndSmsWithInitialsOnly() {
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        Pro youthWorker = professional("Demo Youth Worker");
        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(author, nurse, youthWorker), author),
                "priority", "URGENT", "professional", ref(author),
                // A full name where the initials belong: reduced to initials whatever arrives.
                "clientInitials", "Jane Smithson"));

        for (Pro member : List.of(nurse, youthWorker)) {
            await().until(() -> emailsTo(member).size() == 1 && smsTo(member).size() == 1);
            String email = content(emailsTo(member).getFirst());
            String sms = smsText(smsTo(member).getFirst());
            for (String body : List.of(email, sms)) {
                assertThat(body).contains("(J.S.)").contains("https://patchwork.example/clients/" + clientId)
                        .doesNotContain("Jane").doesNotContain("Smithson").doesNotContain("Example Row");
            }
            assertThat(sms).startsWith("A colleague raised an urgent attention on a client (J.S.)");
        }
        assertThat(emailsTo(author)).isEmpty();
        assertThat(smsTo(author)).isEmpty();
    }

    @Test
    void aFullNameSentByMistakeAsInitialsIsCutToInitials() {
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(author, nurse), author),
                "priority", "NORMAL", "clientInitials", "Jane Smithson"));

        await().until(() -> emailsTo(nurse).size() == 1);
        assertThat(content(emailsTo(nurse).getFirst())).contains("(J.S.)").doesNotContain("Smithson");
        assertThat(smsTo(nurse)).as("a normal attention is email only by default").isEmpty();
    }

    @Test
    void anEventDeliveredTwiceIsSentOnce() throws Exception {
        Pro author = professional("Demo Author");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();
        Map<String, Object> event = with(clientEvent(clientId, author, List.of(author, nurse), author),
                "priority", "URGENT");
        publish("network.attentions", "AttentionRaised", clientId, event);
        publish("network.attentions", "AttentionRaised", clientId, event);
        await().until(() -> emailsTo(nurse).size() == 1 && smsTo(nurse).size() == 1);
        Thread.sleep(2_000);
        assertThat(emailsTo(nurse)).hasSize(1);
        assertThat(smsTo(nurse)).hasSize(1);
    }

    @Test
    void eachTriggerTellsTheRightPeopleButNeverItsAuthor() {
        Pro lead = professional("Demo Lead");
        Pro nurse = professional("Demo Nurse");
        Pro teacher = professional("Demo Teacher");
        Pro newcomer = professional("Demo Newcomer");
        List<Pro> team = List.of(lead, nurse, teacher);

        assertThat(kindsAfter("network.memberships", "InvitationSent", team, nurse,
                e -> with(e, "invitationId", UUID.randomUUID(), "invitee", ref(newcomer), "invitedBy", ref(nurse),
                        "expiresAt", Instant.now().plus(Duration.ofDays(14)))))
                .isEqualTo(Map.of(newcomer.id(), "INVITATION_RECEIVED"));
        assertThat(kindsAfter("network.memberships", "InvitationExpired", team, null,
                e -> with(e, "invitationId", UUID.randomUUID(), "invitee", ref(newcomer), "invitedBy", ref(nurse))))
                .isEqualTo(Map.of(nurse.id(), "INVITATION_EXPIRED"));
        assertThat(kindsAfter("network.memberships", "MemberJoinedNetwork", List.of(lead, nurse, teacher, newcomer),
                newcomer, e -> with(e, "professional", ref(newcomer), "flaggedForIgReview", true)))
                .isEqualTo(Map.of(lead.id(), "JOIN_NEEDS_REVIEW", nurse.id(), "MEMBER_JOINED",
                        teacher.id(), "MEMBER_JOINED"));
        assertThat(kindsAfter("network.memberships", "MemberLeftNetwork", List.of(lead, teacher), nurse,
                e -> with(e, "professional", ref(nurse), "reason", "LEFT_NETWORK")))
                .isEqualTo(Map.of(lead.id(), "MEMBER_LEFT", teacher.id(), "MEMBER_LEFT"));
        assertThat(kindsAfter("network.memberships", "MemberRemovedFromNetwork", List.of(lead, teacher), lead,
                e -> with(e, "professional", ref(nurse))))
                .isEqualTo(Map.of(nurse.id(), "REMOVED_FROM_NETWORK", teacher.id(), "MEMBER_LEFT"));
        assertThat(kindsAfter("network.memberships", "LeadProfessionalChanged", team, lead,
                e -> with(e, "previousLead", ref(lead), "newLead", ref(nurse), "leadProfessionalId", nurse.id())))
                .isEqualTo(Map.of(nurse.id(), "LEAD_CHANGED", teacher.id(), "LEAD_CHANGED"));
        assertThat(kindsAfter("network.memberships", "ReplacementNeeded", List.of(lead, nurse), null,
                e -> with(e, "professional", ref(teacher), "leadLeft", false)))
                .isEqualTo(Map.of(lead.id(), "REPLACEMENT_NEEDED"));
        assertThat(kindsAfter("schedule.visits", "VisitScheduled", team, lead,
                e -> with(e, "visit", Map.of("visitId", UUID.randomUUID(), "visitor", ref(nurse),
                        "startsAt", Instant.parse("2026-12-03T10:00:00Z"), "durationMinutes", 30))))
                .isEqualTo(Map.of(nurse.id(), "VISIT_ARRANGED_FOR_YOU", teacher.id(), "VISIT_CHANGED"));
        assertThat(kindsAfter("schedule.visits", "VisitNoAccess", team, nurse,
                e -> with(e, "visit", Map.of("visitId", UUID.randomUUID(), "visitor", ref(nurse)))))
                .isEqualTo(Map.of(lead.id(), "NO_ACCESS", teacher.id(), "NO_ACCESS"));
        assertThat(kindsAfter("schedule.visits", "ClientNotSeen", team, null,
                e -> with(e, "daysNotSeen", 21)))
                .isEqualTo(Map.of(lead.id(), "CLIENT_NOT_SEEN", nurse.id(), "CLIENT_NOT_SEEN",
                        teacher.id(), "CLIENT_NOT_SEEN"));
        assertThat(kindsAfter("schedule.visits", "VisitClash", team, null,
                e -> with(e, "first", Map.of("visitor", ref(nurse), "startsAt", Instant.now().plus(Duration.ofDays(2))),
                        "second", Map.of("visitor", ref(teacher), "startsAt", Instant.now().plus(Duration.ofDays(2))))))
                .isEqualTo(Map.of(nurse.id(), "VISIT_CLASH", teacher.id(), "VISIT_CLASH"));
    }

    @Test
    void aVisitorWhoScheduledTheirOwnVisitIsNotToldAboutIt() {
        Pro nurse = professional("Demo Nurse");
        Pro teacher = professional("Demo Teacher");
        assertThat(kindsAfter("schedule.visits", "VisitCancelled", List.of(nurse, teacher), nurse,
                e -> with(e, "visit", Map.of("visitor", ref(nurse)))))
                .isEqualTo(Map.of(teacher.id(), "VISIT_CHANGED"));
    }

    @Test
    void anInviteeIsRemindedOnceBeforeTheInvitationExpires() throws Exception {
        Pro inviter = professional("Demo Inviter");
        Pro invitee = professional("Demo Invitee");
        UUID clientId = UUID.randomUUID();
        UUID invitationId = UUID.randomUUID();
        publish("network.memberships", "InvitationSent", clientId,
                invitation(clientId, invitationId, inviter, List.of(inviter), inviter, invitee));
        await().until(() -> emailsTo(invitee).size() == 1);

        clock.shiftTo(Instant.now().plus(Duration.ofDays(12)).plus(Duration.ofHours(1)));
        assertThat(reminders.remindDue()).isPositive();
        assertThat(reminders.remindDue()).isZero();

        await().until(() -> emailsTo(invitee).size() == 2);
        assertThat(notificationsTo(invitee)).extracting(row -> row.get("kind"))
                .containsExactlyInAnyOrder("INVITATION_RECEIVED", "INVITATION_EXPIRING");
        assertThat(emailsTo(invitee).get(1).getSubject()).isEqualTo("Patchwork: an invitation is about to expire");
        assertThat(content(emailsTo(invitee).get(1))).contains("(J.S.)");
    }

    @Test
    void anAnsweredInvitationIsNotReminded() {
        Pro inviter = professional("Demo Inviter");
        Pro invitee = professional("Demo Invitee");
        UUID clientId = UUID.randomUUID();
        UUID invitationId = UUID.randomUUID();
        publish("network.memberships", "InvitationSent", clientId,
                invitation(clientId, invitationId, inviter, List.of(inviter), inviter, invitee));
        publish("network.memberships", "InvitationAccepted", clientId,
                invitation(clientId, invitationId, invitee, List.of(inviter, invitee), inviter, invitee));
        await().until(() -> jdbc.sql("SELECT count(*) FROM network_member WHERE client_id = :c").param("c", clientId)
                .query(Long.class).single() == 2);

        clock.shiftTo(Instant.now().plus(Duration.ofDays(13)));
        reminders.remindDue();
        assertThat(notificationsTo(invitee)).extracting(row -> row.get("kind")).containsExactly("INVITATION_RECEIVED");
    }

    @Test
    void anInvitationWhoseAnswerArrivedBeforeItsSendingIsNeitherAnnouncedNorReminded() {
        Pro inviter = professional("Demo Inviter");
        Pro invitee = professional("Demo Invitee");
        UUID clientId = UUID.randomUUID();
        UUID invitationId = UUID.randomUUID();
        Instant sentAt = Instant.now().minusSeconds(5);
        publish("network.memberships", "InvitationDeclined", clientId, with(
                invitation(clientId, invitationId, invitee, List.of(inviter), inviter, invitee),
                "occurredAt", sentAt.plusSeconds(1)));
        Map<String, Object> late = with(
                invitation(clientId, invitationId, inviter, List.of(inviter), inviter, invitee), "occurredAt", sentAt);
        publish("network.memberships", "InvitationSent", clientId, late);
        awaitConsumed(late.get("eventId"));

        assertThat(notificationsTo(invitee)).isEmpty();
        clock.shiftTo(Instant.now().plus(Duration.ofDays(13)));
        reminders.remindDue();
        assertThat(notificationsTo(invitee)).isEmpty();
    }

    @Test
    void anInvitationThatExpiredBeforeItsSendingWasConsumedIsNotAnnounced() {
        Pro inviter = professional("Demo Inviter");
        Pro invitee = professional("Demo Invitee");
        Pro stillOpen = professional("Demo Second Invitee");
        UUID clientId = UUID.randomUUID();
        Map<String, Object> late = with(invitation(clientId, UUID.randomUUID(), inviter, List.of(inviter), inviter,
                        invitee), "occurredAt", Instant.now().minus(Duration.ofDays(15)),
                "expiresAt", Instant.now().minus(Duration.ofDays(1)));
        publish("network.memberships", "InvitationSent", clientId, late);
        awaitConsumed(late.get("eventId"));
        publish("network.memberships", "InvitationSent", clientId, with(
                invitation(clientId, UUID.randomUUID(), inviter, List.of(inviter), inviter, stillOpen),
                "expiresAt", Instant.now().plus(Duration.ofMinutes(30))));
        await().until(() -> emailsTo(stillOpen).size() == 1);

        assertThat(notificationsTo(invitee)).isEmpty();
    }

    @Test
    void aProfessionalWhoLeftTheirAgencyIsNotAlerted() {
        Pro author = professional("Demo Author");
        Pro leaver = professional("Demo Leaver");
        Pro nurse = professional("Demo Nurse");
        professionalLeft(leaver);
        await().until(() -> jdbc.sql("SELECT status FROM professional WHERE id = :id").param("id", leaver.id())
                .query(String.class).single().equals("LEFT"));
        UUID clientId = UUID.randomUUID();
        publish("network.attentions", "AttentionRaised", clientId, with(
                clientEvent(clientId, author, List.of(author, leaver, nurse), author), "priority", "NORMAL"));
        await().until(() -> emailsTo(nurse).size() == 1);
        assertThat(notificationsTo(leaver)).isEmpty();
    }

    /** An invitation event as client-network publishes it: {@code actor} acted, the network is {@code members}. */
    private static Map<String, Object> invitation(UUID clientId, UUID invitationId, Pro actor, List<Pro> members,
                                                  Pro inviter, Pro invitee) {
        return with(clientEvent(clientId, actor, members, inviter), "invitationId", invitationId,
                "invitee", ref(invitee), "invitedBy", ref(inviter));
    }

    /** Publishes one event about a fresh client and answers, once all is sent, which kind each recipient got. */
    private Map<UUID, String> kindsAfter(String topic, String type, List<Pro> members, Pro actor,
                                         java.util.function.UnaryOperator<Map<String, Object>> details) {
        UUID clientId = UUID.randomUUID();
        Map<String, Object> event = details.apply(clientEvent(clientId, actor, members, members.getFirst()));
        publish(topic, type, clientId, event);
        awaitConsumed(event.get("eventId"));
        await().until(() -> jdbc.sql("""
                        SELECT count(*) FROM notification WHERE client_id = :c AND status NOT IN ('SENT')""")
                .param("c", clientId).query(Long.class).single() == 0);
        return jdbc.sql("SELECT recipient_id, kind FROM notification WHERE client_id = :c AND channel = 'EMAIL'")
                .param("c", clientId).query().listOfRows().stream()
                .collect(Collectors.toMap(row -> (UUID) row.get("recipient_id"), row -> (String) row.get("kind")));
    }
}
