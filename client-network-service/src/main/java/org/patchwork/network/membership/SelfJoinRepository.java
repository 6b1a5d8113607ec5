package org.patchwork.network.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SelfJoinRepository {

    private static final String VIEW = """
            SELECT m.id AS membership_id, m.client_id, m.professional_id, p.name AS professional_name, p.job_title,
                   m.agency, m.legal_basis, m.reason, m.joined_at, m.ended_at, m.ig_reviewed_at AS reviewed_at,
                   m.ig_review_outcome AS outcome, m.ig_review_note AS note,
                   m.joined_by_ig_officer, COALESCE(p.keycloak_subject = :officer, false) AS officers_own
            FROM membership m LEFT JOIN professional_contact p ON p.id = m.professional_id
            WHERE m.flagged_for_ig_review
              AND (m.agency = :agency OR (:platformOfficer AND m.joined_by_ig_officer))
            """;

    private final JdbcClient jdbc;

    SelfJoinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The self-joins an officer reviews: their agency's, or for the platform's officers, those made by officers. */
    List<SelfJoin> reviewedBy(Reviewer officer, boolean awaitingReviewOnly, int limit) {
        return jdbc.sql(VIEW + """
                          AND (NOT :awaitingOnly OR m.ig_reviewed_at IS NULL)
                        ORDER BY m.joined_at DESC LIMIT :limit""")
                .params(officer.params()).param("awaitingOnly", awaitingReviewOnly).param("limit", limit)
                .query(Rows.of(SelfJoin.class)).list();
    }

    Optional<SelfJoin> find(Reviewer officer, UUID membershipId) {
        return jdbc.sql(VIEW + "  AND m.id = :id").params(officer.params()).param("id", membershipId)
                .query(Rows.of(SelfJoin.class)).optional();
    }

    /**
     * Records the review unless the join was already reviewed, or was made by the reviewing officer themselves;
     * false when it was not recorded.
     */
    boolean review(Reviewer officer, UUID membershipId, SelfJoinReview review, Instant at) {
        return jdbc.sql("""
                        UPDATE membership
                        SET ig_reviewed_at = :at, ig_reviewed_by = :officer, ig_review_outcome = :outcome,
                            ig_review_note = :note
                        WHERE id = :id AND flagged_for_ig_review AND ig_reviewed_at IS NULL
                          AND (agency = :agency OR (:platformOfficer AND joined_by_ig_officer))
                          AND professional_id NOT IN
                              (SELECT id FROM professional_contact WHERE keycloak_subject = :officer)""")
                .params(officer.params()).param("at", Timestamp.from(at))
                .param("outcome", review.outcome().name())
                .param("note", review.note() == null || review.note().isBlank() ? null : review.note().strip())
                .param("id", membershipId)
                .update() == 1;
    }

    /**
     * An IG officer reviewing self-joins: of an agency, or of the platform (no agency) for officers' own joins.
     */
    record Reviewer(String subject, String agency) {

        boolean ofThePlatform() {
            return agency.isEmpty();
        }

        Map<String, Object> params() {
            return Map.of("officer", subject, "agency", agency, "platformOfficer", ofThePlatform());
        }
    }
}
