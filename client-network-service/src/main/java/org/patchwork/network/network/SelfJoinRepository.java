package org.patchwork.network.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
                   COALESCE(p.keycloak_subject = :officer, false) AS officers_own
            FROM membership m LEFT JOIN professional_contact p ON p.id = m.professional_id
            WHERE m.flagged_for_ig_review AND m.agency = :agency
            """;

    private final JdbcClient jdbc;

    SelfJoinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SelfJoin> ofAgency(String agency, String officerSubject, boolean awaitingReviewOnly, int limit) {
        return jdbc.sql(VIEW + """
                          AND (NOT :awaitingOnly OR m.ig_reviewed_at IS NULL)
                        ORDER BY m.joined_at DESC LIMIT :limit""")
                .param("agency", agency).param("officer", officerSubject).param("awaitingOnly", awaitingReviewOnly)
                .param("limit", limit)
                .query(Rows.of(SelfJoin.class)).list();
    }

    Optional<SelfJoin> find(String agency, String officerSubject, UUID membershipId) {
        return jdbc.sql(VIEW + "  AND m.id = :id").param("agency", agency).param("officer", officerSubject)
                .param("id", membershipId)
                .query(Rows.of(SelfJoin.class)).optional();
    }

    /**
     * Records the review unless the join was already reviewed, or was made by the reviewing officer themselves;
     * false when it was not recorded.
     */
    boolean review(String agency, UUID membershipId, String officerSubject, SelfJoinReview review, Instant at) {
        return jdbc.sql("""
                        UPDATE membership
                        SET ig_reviewed_at = :at, ig_reviewed_by = :officer, ig_review_outcome = :outcome,
                            ig_review_note = :note
                        WHERE id = :id AND agency = :agency AND flagged_for_ig_review AND ig_reviewed_at IS NULL
                          AND professional_id NOT IN
                              (SELECT id FROM professional_contact WHERE keycloak_subject = :officer)""")
                .param("at", Timestamp.from(at)).param("officer", officerSubject)
                .param("outcome", review.outcome().name())
                .param("note", review.note() == null || review.note().isBlank() ? null : review.note().strip())
                .param("id", membershipId).param("agency", agency)
                .update() == 1;
    }
}
