package org.patchwork.network.involvement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.network.membership.LegalBasis;
import org.patchwork.network.membership.NetworkRole;
import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The freshness columns of the {@code membership} table and the {@code consent_withdrawal} record. Only open
 * clients' memberships are asked, reminded and lapsed: a closed client's network no longer changes. The job's
 * reads lock what they return ({@code FOR UPDATE SKIP LOCKED}), so two instances never act on one membership twice
 * and a member's confirmation made meanwhile is either seen or waited for.
 */
@Repository
class InvolvementRepository {

    private static final String CURRENT_OF_OPEN_CLIENTS = """
            SELECT m.* FROM membership m JOIN client c ON c.id = m.client_id AND c.status = 'OPEN'
            """;

    private final JdbcClient jdbc;

    InvolvementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Involvement> current(UUID clientId, UUID professionalId) {
        return jdbc.sql("""
                        SELECT * FROM membership
                        WHERE client_id = :clientId AND professional_id = :professionalId AND ended_at IS NULL
                        FOR UPDATE""")
                .param("clientId", clientId).param("professionalId", professionalId)
                .query(Rows.of(Involvement.class)).optional();
    }

    List<Involvement> current(UUID clientId) {
        return jdbc.sql("SELECT * FROM membership WHERE client_id = :clientId AND ended_at IS NULL ORDER BY joined_at")
                .param("clientId", clientId).query(Rows.of(Involvement.class)).list();
    }

    /**
     * Memberships whose member has not confirmed for their agency's period and has not been asked yet.
     *
     * @param periods the agencies with a period of their own
     */
    List<Involvement> lockDueForConfirmation(Instant now, Duration defaultPeriod, Map<String, Duration> periods,
                                             int limit) {
        return jdbc.sql(CURRENT_OF_OPEN_CLIENTS + """
                        LEFT JOIN unnest(CAST(:agencies AS text[]), CAST(:seconds AS bigint[])) AS p (agency, secs)
                               ON p.agency = m.agency
                        WHERE m.ended_at IS NULL AND m.confirmation_requested_at IS NULL
                          AND COALESCE(m.confirmed_at, m.joined_at)
                              + make_interval(secs => COALESCE(p.secs, :defaultSeconds)) <= :now
                        ORDER BY COALESCE(m.confirmed_at, m.joined_at) LIMIT :limit
                        FOR UPDATE OF m SKIP LOCKED""")
                .param("agencies", periods.keySet().toArray(String[]::new))
                .param("seconds", periods.keySet().stream().map(agency -> periods.get(agency).toSeconds())
                        .toArray(Long[]::new))
                .param("defaultSeconds", defaultPeriod.toSeconds())
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(Rows.of(Involvement.class)).list();
    }

    /** Memberships whose member was asked to confirm before {@code askedBefore} and has not answered. */
    List<Involvement> lockUnconfirmed(Instant askedBefore, int limit) {
        return jdbc.sql(CURRENT_OF_OPEN_CLIENTS + """
                        WHERE m.ended_at IS NULL AND m.confirmation_requested_at <= :askedBefore
                        ORDER BY m.confirmation_requested_at LIMIT :limit
                        FOR UPDATE OF m SKIP LOCKED""")
                .param("askedBefore", Timestamp.from(askedBefore)).param("limit", limit)
                .query(Rows.of(Involvement.class)).list();
    }

    /** Memberships whose legal basis's review date is before {@code today}. */
    List<Involvement> lockReviewPassed(LocalDate today, int limit) {
        return jdbc.sql(CURRENT_OF_OPEN_CLIENTS + """
                        WHERE m.ended_at IS NULL AND m.review_date < :today
                        ORDER BY m.review_date LIMIT :limit
                        FOR UPDATE OF m SKIP LOCKED""")
                .param("today", today).param("limit", limit)
                .query(Rows.of(Involvement.class)).list();
    }

    /** Memberships whose review date falls between today and {@code remindUntil} and whose member was not reminded of it. */
    List<Involvement> lockReviewToRemind(LocalDate today, LocalDate remindUntil, int limit) {
        return jdbc.sql(CURRENT_OF_OPEN_CLIENTS + """
                        WHERE m.ended_at IS NULL AND m.review_date BETWEEN :today AND :remindUntil
                          AND m.review_reminded_for IS DISTINCT FROM m.review_date
                        ORDER BY m.review_date LIMIT :limit
                        FOR UPDATE OF m SKIP LOCKED""")
                .param("today", today).param("remindUntil", remindUntil).param("limit", limit)
                .query(Rows.of(Involvement.class)).list();
    }

    /** The caller's current memberships of open clients that await an answer, with whom each is about. */
    List<AwaitingRow> awaiting(UUID professionalId, LocalDate remindUntil) {
        return jdbc.sql("""
                        SELECT m.id AS membership_id, m.client_id, c.given_name, c.family_name, c.date_of_birth,
                               m.role, m.legal_basis, m.review_date, m.joined_at, m.confirmed_at,
                               m.confirmation_requested_at
                        FROM membership m JOIN client c ON c.id = m.client_id AND c.status = 'OPEN'
                        WHERE m.professional_id = :professionalId AND m.ended_at IS NULL
                          AND (m.confirmation_requested_at IS NOT NULL OR m.review_date <= :remindUntil)
                        ORDER BY m.confirmation_requested_at NULLS LAST, m.review_date, m.joined_at""")
                .param("professionalId", professionalId).param("remindUntil", remindUntil)
                .query(Rows.of(AwaitingRow.class)).list();
    }

    void markConfirmationRequested(UUID membershipId, Instant at) {
        jdbc.sql("UPDATE membership SET confirmation_requested_at = :at WHERE id = :id")
                .param("id", membershipId).param("at", Timestamp.from(at)).update();
    }

    void markReviewReminded(UUID membershipId, LocalDate reviewDate) {
        jdbc.sql("UPDATE membership SET review_reminded_for = :reviewDate WHERE id = :id")
                .param("id", membershipId).param("reviewDate", reviewDate).update();
    }

    void confirm(UUID membershipId, Instant at) {
        jdbc.sql("UPDATE membership SET confirmed_at = :at, confirmation_requested_at = NULL WHERE id = :id")
                .param("id", membershipId).param("at", Timestamp.from(at)).update();
    }

    void renewReview(UUID membershipId, LocalDate reviewDate) {
        jdbc.sql("UPDATE membership SET review_date = :reviewDate, review_reminded_for = NULL WHERE id = :id")
                .param("id", membershipId).param("reviewDate", reviewDate).update();
    }

    void markContinuingWithoutConsent(UUID membershipId, Instant since) {
        jdbc.sql("""
                        UPDATE membership SET continues_without_consent_since = :since
                        WHERE id = :id AND continues_without_consent_since IS NULL""")
                .param("id", membershipId).param("since", Timestamp.from(since)).update();
    }

    void insertWithdrawal(UUID id, UUID clientId, Instant at, String subject, UUID professionalId, String agency,
                          String reason) {
        jdbc.sql("""
                        INSERT INTO consent_withdrawal (id, client_id, recorded_at, recorded_by_subject,
                                                        recorded_by_professional_id, recorded_by_agency, reason)
                        VALUES (:id, :clientId, :at, :subject, :professionalId, :agency, :reason)""")
                .param("id", id).param("clientId", clientId).param("at", Timestamp.from(at))
                .param("subject", subject).param("professionalId", professionalId).param("agency", agency)
                .param("reason", reason)
                .update();
    }

    boolean agencyInvolved(UUID clientId, String agency) {
        return jdbc.sql("""
                        SELECT count(*) FROM membership
                        WHERE client_id = :clientId AND agency = :agency AND ended_at IS NULL""")
                .param("clientId", clientId).param("agency", agency).query(Long.class).single() > 0;
    }

    private static final String WITHOUT_CONSENT = """
            SELECT m.id AS membership_id, m.client_id, m.professional_id, p.name AS professional_name,
                   p.job_title, m.agency, m.legal_basis, m.reason, m.joined_at, m.continues_without_consent_since,
                   (SELECT w.reason FROM consent_withdrawal w WHERE w.client_id = m.client_id
                    ORDER BY w.recorded_at DESC LIMIT 1) AS withdrawal_reason,
                   m.ended_at, m.consent_reviewed_at AS reviewed_at, m.consent_review_outcome AS outcome,
                   m.consent_review_note AS note
            FROM membership m LEFT JOIN professional_contact p ON p.id = m.professional_id
            WHERE m.agency = :agency AND m.continues_without_consent_since IS NOT NULL
            """;

    /** The agency's memberships that continued after the client withdrew consent, newest first. */
    List<ContinuingWithoutConsent> continuingWithoutConsent(String agency, boolean awaitingReviewOnly, int limit) {
        return jdbc.sql(WITHOUT_CONSENT + """
                          AND (NOT :awaitingOnly OR m.consent_reviewed_at IS NULL)
                        ORDER BY m.continues_without_consent_since DESC LIMIT :limit""")
                .param("agency", agency).param("awaitingOnly", awaitingReviewOnly).param("limit", limit)
                .query(Rows.of(ContinuingWithoutConsent.class)).list();
    }

    Optional<ContinuingWithoutConsent> continuingWithoutConsent(String agency, UUID membershipId) {
        return jdbc.sql(WITHOUT_CONSENT + "  AND m.id = :id").param("agency", agency).param("id", membershipId)
                .query(Rows.of(ContinuingWithoutConsent.class)).optional();
    }

    /** Records the review unless it was already recorded; false when it was not. */
    boolean reviewWithoutConsent(String agency, UUID membershipId, String officer, ConsentReview review, Instant at) {
        return jdbc.sql("""
                        UPDATE membership
                        SET consent_reviewed_at = :at, consent_reviewed_by = :officer,
                            consent_review_outcome = :outcome, consent_review_note = :note
                        WHERE id = :id AND agency = :agency AND continues_without_consent_since IS NOT NULL
                          AND consent_reviewed_at IS NULL""")
                .param("at", Timestamp.from(at)).param("officer", officer)
                .param("outcome", review.outcome().name())
                .param("note", review.note() == null || review.note().isBlank() ? null : review.note().strip())
                .param("id", membershipId).param("agency", agency)
                .update() == 1;
    }

    /** A membership awaiting its member's answer, with the client it is about. */
    record AwaitingRow(UUID membershipId, UUID clientId, String givenName, String familyName,
                       LocalDate dateOfBirth, NetworkRole role,
                       LegalBasis legalBasis, LocalDate reviewDate, Instant joinedAt,
                       Instant confirmedAt, Instant confirmationRequestedAt) {
    }
}
