package org.patchwork.network.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Membership> current(UUID clientId, UUID professionalId) {
        return jdbc.sql("""
                        SELECT * FROM membership
                        WHERE client_id = :clientId AND professional_id = :professionalId AND ended_at IS NULL""")
                .param("clientId", clientId).param("professionalId", professionalId)
                .query(Rows.of(Membership.class)).optional();
    }

    List<Membership> current(UUID clientId) {
        return jdbc.sql("SELECT * FROM membership WHERE client_id = :clientId AND ended_at IS NULL ORDER BY joined_at")
                .param("clientId", clientId).query(Rows.of(Membership.class)).list();
    }

    List<Membership> currentOf(UUID professionalId) {
        return jdbc.sql("SELECT * FROM membership WHERE professional_id = :professionalId AND ended_at IS NULL")
                .param("professionalId", professionalId).query(Rows.of(Membership.class)).list();
    }

    int agenciesInvolvedWith(UUID clientId) {
        return jdbc.sql("SELECT count(DISTINCT agency) FROM membership WHERE client_id = :clientId AND ended_at IS NULL")
                .param("clientId", clientId).query(Integer.class).single();
    }

    void insert(Membership membership) {
        jdbc.sql("""
                        INSERT INTO membership (id, client_id, professional_id, agency, role, legal_basis, reason,
                                                review_date, joined_via, flagged_for_ig_review, joined_at)
                        VALUES (:id, :clientId, :professionalId, :agency, :role, :legalBasis, :reason, :reviewDate,
                                :joinedVia, :flagged, :joinedAt)""")
                .param("id", membership.id())
                .param("clientId", membership.clientId())
                .param("professionalId", membership.professionalId())
                .param("agency", membership.agency())
                .param("role", membership.role().name())
                .param("legalBasis", membership.legalBasis().name())
                .param("reason", membership.reason())
                .param("reviewDate", membership.reviewDate())
                .param("joinedVia", membership.joinedVia().name())
                .param("flagged", membership.flaggedForIgReview())
                .param("joinedAt", Timestamp.from(membership.joinedAt()))
                .update();
    }

    void end(UUID membershipId, EndReason reason, Instant at) {
        jdbc.sql("UPDATE membership SET ended_at = :at, end_reason = :reason WHERE id = :id")
                .param("id", membershipId).param("reason", reason.name()).param("at", Timestamp.from(at)).update();
    }

    void changeRole(UUID membershipId, NetworkRole role) {
        jdbc.sql("UPDATE membership SET role = :role WHERE id = :id")
                .param("id", membershipId).param("role", role.name()).update();
    }

    /** Marks a self-join made by an IG officer, so that the platform's IG officers can review it too. */
    void markJoinedByIgOfficer(UUID membershipId) {
        jdbc.sql("UPDATE membership SET joined_by_ig_officer = true WHERE id = :id").param("id", membershipId).update();
    }
}
