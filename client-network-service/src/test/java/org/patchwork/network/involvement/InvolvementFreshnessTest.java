package org.patchwork.network.involvement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.patchwork.network.NetworkIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Involvement is kept fresh: a member who does not confirm they are still involved, or does not renew a legal basis
 * before its review date, loses the client at once. The service's clock is moved forward through the months.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvolvementFreshnessTest extends NetworkIntegrationTest {

    private static final String MEMBERSHIPS = "network.memberships";

    @Autowired
    InvolvementService involvement;

    Pro lead;
    Pro member;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Fresh Lead", "practitioner");
        member = professional("nhs-primary-care", "Sample", "Fresh Nurse", "practitioner");
    }

    @Test
    void aMembershipNotReconfirmedLapsesOnTimeAndTheFormerMemberGets404() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(member, clientId);

        advanceDays(89);
        assertThat(awaiting(member, clientId)).as("not asked before 90 days").isNull();

        advanceDays(2);
        Map<String, Object> asked = awaiting(member, clientId);
        assertThat(asked).containsEntry("confirmationAwaited", true).containsEntry("reviewDue", false)
                .containsEntry("familyName", get("/api/clients/" + clientId, lead).getBody().get("familyName"));
        assertThat(Instant.parse((String) asked.get("lapsesAt")))
                .isCloseTo(clock.instant().plus(Duration.ofDays(14)), within(Duration.ofMinutes(5)));
        ConsumerRecord<String, byte[]> request = ofType(records(MEMBERSHIPS, clientId,
                found -> requestsFor(found, member.id()) == 1), "InvolvementConfirmationRequested");
        assertThat(request).isNotNull();
        assertThat(memberInvolvement(clientId, member)).containsEntry("overdue", true);
        assertThat(post("/api/clients/" + clientId + "/network/confirm", lead, null).getStatusCode().value())
                .isEqualTo(200);

        advanceDays(13);
        assertThat(get("/api/clients/" + clientId, member).getStatusCode().value()).as("still in the grace period")
                .isEqualTo(200);

        advanceDays(2);
        ResponseEntity<Map<String, Object>> asFormerMember = get("/api/clients/" + clientId, member);
        assertThat(asFormerMember.getStatusCode().value()).isEqualTo(404);
        assertThat(asFormerMember.getBody().get("detail"))
                .isEqualTo(get("/api/clients/" + UUID.randomUUID(), member).getBody().get("detail"));
        assertThat(get("/api/clients/" + clientId, lead).getStatusCode().value()).as("the lead confirmed")
                .isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = records(MEMBERSHIPS, clientId,
                found -> hasType(found, "MembershipLapsed") && hasType(found, "ReplacementNeeded"));
        assertThat(json(ofType(records, "MembershipLapsed"))).containsEntry("reason", "NOT_CONFIRMED")
                .containsEntry("wasLead", false).containsEntry("actorProfessionalId", null)
                .containsEntry("memberIds", List.of(lead.id().toString()));
        assertThat(json(ofType(records, "ReplacementNeeded"))).containsEntry("reason", "NOT_CONFIRMED")
                .containsEntry("leadLeft", false)
                .containsEntry("leadProfessionalId", lead.id().toString());
        assertThat(auditCount(clientId, "MEMBERSHIP_LAPSED")).isEqualTo(1);
        assertThat(auditCount(clientId, "INVOLVEMENT_CONFIRMED")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT end_reason FROM membership WHERE client_id = :clientId AND professional_id = :id""")
                .param("clientId", clientId).param("id", member.id()).query(String.class).single())
                .isEqualTo("NOT_CONFIRMED");
    }

    @Test
    void confirmingResetsTheClock() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(member, clientId);

        advanceDays(91);
        assertThat(awaiting(member, clientId)).containsEntry("confirmationAwaited", true);
        assertThat(post("/api/clients/" + clientId + "/network/confirm", lead, null).getStatusCode().value())
                .isEqualTo(200);
        ResponseEntity<Map<String, Object>> confirmedAll = post("/api/me/confirmations/confirm-all", member, null);
        assertThat(confirmedAll.getStatusCode().value()).isEqualTo(200);
        assertThat((Integer) confirmedAll.getBody().get("confirmed")).isPositive();
        assertThat(awaiting(member, clientId)).as("nothing awaits after confirming").isNull();
        Instant confirmedAt = clock.instant();

        advanceDays(20);
        assertThat(get("/api/clients/" + clientId, member).getStatusCode().value()).as("past the old grace period")
                .isEqualTo(200);
        assertThat(Instant.parse((String) memberInvolvement(clientId, member).get("confirmationDueAt")))
                .isCloseTo(confirmedAt.plus(Duration.ofDays(90)), within(Duration.ofMinutes(5)));

        advanceDays(68);
        assertThat(awaiting(member, clientId)).as("90 days after confirming, not after joining").isNull();

        advanceDays(3);
        assertThat(awaiting(member, clientId)).containsEntry("confirmationAwaited", true);
        assertThat(records(MEMBERSHIPS, clientId, found -> requestsFor(found, member.id()) == 2
                && hasType(found, "InvolvementConfirmed"))).noneMatch(record -> type(record).equals("MembershipLapsed"));
    }

    @Test
    void aReviewDateThatPassesIsRemindedOnceThenTheMembershipLapses() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        LocalDate reviewDate = today().plusDays(30);
        joinUntil(member, clientId, reviewDate);

        advanceDays(10);
        assertThat(awaiting(member, clientId)).as("not yet within 14 days of the review").isNull();

        advanceDays(7);
        assertThat(awaiting(member, clientId)).containsEntry("reviewDue", true)
                .containsEntry("confirmationAwaited", false).containsEntry("reviewDate", reviewDate.toString())
                .containsEntry("lapsesAt", reviewDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        runFreshnessJob();
        List<ConsumerRecord<String, byte[]>> reminded = records(MEMBERSHIPS, clientId,
                found -> hasType(found, "LegalBasisReviewDue"));
        assertThat(reminded).filteredOn(record -> type(record).equals("LegalBasisReviewDue")).singleElement()
                .satisfies(record -> assertThat(json(record)).containsEntry("reviewDate", reviewDate.toString())
                        .containsEntry("legalBasis", "CONSENT"));
        assertThat(memberInvolvement(clientId, member)).containsEntry("overdue", true);

        advanceDays(13);
        assertThat(get("/api/clients/" + clientId, member).getStatusCode().value()).as("on the review date itself")
                .isEqualTo(200);

        advanceDays(1);
        assertThat(get("/api/clients/" + clientId, member).getStatusCode().value()).isEqualTo(404);
        assertThat(json(ofType(records(MEMBERSHIPS, clientId, found -> hasType(found, "MembershipLapsed")),
                "MembershipLapsed"))).containsEntry("reason", "REVIEW_DATE_PASSED");
        assertThat(auditCount(clientId, "MEMBERSHIP_LAPSED")).isEqualTo(1);
    }

    @Test
    void renewingTheLegalBasisPreventsTheLapse() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        LocalDate reviewDate = today().plusDays(30);
        joinUntil(member, clientId, reviewDate);

        advanceDays(17);
        assertThat(awaiting(member, clientId)).containsEntry("reviewDue", true);
        LocalDate renewedUntil = LocalDate.now(ZoneOffset.UTC).plusDays(200);
        assertThat(call(HttpMethod.PUT, "/api/clients/" + clientId + "/network/review-date", member,
                Map.of("reviewDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()))
                .getStatusCode().value()).as("a review date in the past").isEqualTo(400);
        ResponseEntity<Map<String, Object>> renewed = call(HttpMethod.PUT,
                "/api/clients/" + clientId + "/network/review-date", member,
                Map.of("reviewDate", renewedUntil.toString()));
        assertThat(renewed.getStatusCode().value()).isEqualTo(200);
        assertThat(renewed.getBody()).containsEntry("reviewDate", renewedUntil.toString())
                .containsEntry("overdue", false);
        assertThat(awaiting(member, clientId)).isNull();

        advanceDays(20);
        assertThat(get("/api/clients/" + clientId, member).getStatusCode().value()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> records = records(MEMBERSHIPS, clientId,
                found -> hasType(found, "LegalBasisRenewed"));
        assertThat(json(ofType(records, "LegalBasisRenewed"))).containsEntry("previousReviewDate", reviewDate.toString())
                .containsEntry("reviewDate", renewedUntil.toString());
        assertThat(records).noneMatch(record -> type(record).equals("MembershipLapsed"));
        assertThat(auditCount(clientId, "BASIS_RENEWED")).isEqualTo(1);
    }

    @Test
    void anAgencyWithAShorterPeriodIsAskedSooner() {
        Pro teacher = professional("schools-partnership", "Sample", "Fresh Teacher", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(teacher, clientId);

        advanceDays(31);
        assertThat(awaiting(teacher, clientId)).as("schools-partnership confirms every 30 days in the tests")
                .containsEntry("confirmationAwaited", true);
        assertThat(awaiting(lead, clientId)).isNull();
    }

    @Test
    void onlyTheLeadSeesWhoIsOverdue() {
        UUID clientId = registerClient(lead, uniqueFamilyName());
        join(member, clientId);

        assertThat(get("/api/clients/" + clientId + "/network/involvement", member).getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("/api/clients/" + clientId + "/network/involvement",
                professional("lichfield-dc", "Sample", "Outsider", "practitioner")).getStatusCode().value())
                .isEqualTo(404);
        assertThat(memberInvolvement(clientId, member)).containsEntry("overdue", false)
                .containsEntry("confirmationRequestedAt", null).containsEntry("name", "Sample Fresh Nurse");
        assertThat(auditCount(clientId, "INVOLVEMENT_VIEWED")).isEqualTo(1);
    }

    private void advanceDays(int days) {
        clock.advance(Duration.ofDays(days));
        runFreshnessJob();
    }

    /** What the scheduled job does, run here and now instead of waiting for its occurrence. */
    private void runFreshnessJob() {
        while (involvement.lapsePassedReviews() == InvolvementService.BATCH) {
            continue;
        }
        while (involvement.lapseUnconfirmed() == InvolvementService.BATCH) {
            continue;
        }
        while (involvement.requestDueConfirmations() == InvolvementService.BATCH) {
            continue;
        }
        while (involvement.remindDueReviews() == InvolvementService.BATCH) {
            continue;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void joinUntil(Pro professional, UUID clientId, LocalDate reviewDate) {
        ResponseEntity<Map<String, Object>> joined = post("/api/clients/" + clientId + "/network/join", professional,
                Map.of("legalBasis", "CONSENT", "reason", "Consent given until the plan is reviewed",
                        "reviewDate", reviewDate.toString()));
        assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(201);
    }

    /** The caller's entry for the client among what awaits their answer, or null. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> awaiting(Pro caller, UUID clientId) {
        ResponseEntity<Map<String, Object>> listed = get("/api/me/confirmations", caller);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) listed.getBody().get("items")).stream()
                .filter(entry -> entry.get("clientId").equals(clientId.toString())).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> memberInvolvement(UUID clientId, Pro of) {
        ResponseEntity<Map<String, Object>> answer = get("/api/clients/" + clientId + "/network/involvement", lead);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) answer.getBody().get("members")).stream()
                .filter(entry -> entry.get("professionalId").equals(of.id().toString())).findFirst().orElseThrow();
    }

    private static long requestsFor(List<ConsumerRecord<String, byte[]>> records, UUID professionalId) {
        return records.stream().filter(record -> type(record).equals("InvolvementConfirmationRequested"))
                .filter(record -> ((Map<?, ?>) json(record).get("professional")).get("id")
                        .equals(professionalId.toString()))
                .count();
    }
}
