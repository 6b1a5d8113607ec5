package org.patchwork.network.subjectaccess;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What client-network holds about one client, read for a subject access export. */
@Repository
class SubjectAccessRepository {

    private final JdbcClient jdbc;

    SubjectAccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a professional of the agency is a current member of the client's network. */
    boolean agencyInvolvedNow(UUID clientId, String agency) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM membership
                                       WHERE client_id = :clientId AND agency = :agency AND ended_at IS NULL)""")
                .param("clientId", clientId).param("agency", agency).query(Boolean.class).single();
    }

    Optional<SubjectAccessExport.Identity> identity(UUID clientId) {
        return jdbc.sql("""
                        SELECT id, given_name, family_name, known_as, date_of_birth, address, postcode,
                               local_reference, status, created_at, updated_at
                        FROM client WHERE id = :clientId""")
                .param("clientId", clientId).query(Rows.of(SubjectAccessExport.Identity.class)).optional();
    }

    Optional<SubjectAccessExport.Household> household(UUID clientId) {
        return jdbc.sql("""
                        SELECT c.household_id AS id,
                               (SELECT count(*) FROM client other
                                WHERE other.household_id = c.household_id AND other.id <> c.id) AS other_clients_linked
                        FROM client c WHERE c.id = :clientId AND c.household_id IS NOT NULL""")
                .param("clientId", clientId).query(Rows.of(SubjectAccessExport.Household.class)).optional();
    }

    List<SubjectAccessExport.Membership> network(UUID clientId) {
        return jdbc.sql("""
                        SELECT professional_id, agency, role, legal_basis, reason, review_date, joined_via, joined_at,
                               confirmed_at, ended_at, end_reason, continues_without_consent_since
                        FROM membership WHERE client_id = :clientId ORDER BY joined_at, id""")
                .param("clientId", clientId).query(Rows.of(SubjectAccessExport.Membership.class)).list();
    }

    List<SubjectAccessExport.Invitation> invitations(UUID clientId) {
        return jdbc.sql("""
                        SELECT invited_by_professional_id, invitee_professional_id, reason, status, created_at,
                               responded_at
                        FROM invitation WHERE client_id = :clientId ORDER BY created_at, id""")
                .param("clientId", clientId).query(Rows.of(SubjectAccessExport.Invitation.class)).list();
    }

    List<SubjectAccessExport.Attention> attentions(UUID clientId) {
        return jdbc.sql("""
                        SELECT raised_at, raised_by_professional_id, priority, message, resolved_at,
                               resolved_by_professional_id
                        FROM attention WHERE client_id = :clientId ORDER BY raised_at, id""")
                .param("clientId", clientId).query(Rows.of(SubjectAccessExport.Attention.class)).list();
    }

    List<SubjectAccessExport.ConsentWithdrawal> consentWithdrawals(UUID clientId) {
        return jdbc.sql("""
                        SELECT recorded_at, recorded_by_professional_id, recorded_by_agency, reason
                        FROM consent_withdrawal WHERE client_id = :clientId ORDER BY recorded_at, id""")
                .param("clientId", clientId).query(Rows.of(SubjectAccessExport.ConsentWithdrawal.class)).list();
    }

    /** The work details of these professionals, from this service's copy of the directory. */
    List<SubjectAccessExport.Professional> professionals(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, name, job_title, agency, work_phone, mobile, email, contact_through_duty
                        FROM professional_contact WHERE id = ANY(:ids) ORDER BY name, id""")
                .param("ids", ids.toArray(UUID[]::new))
                .query(Rows.of(SubjectAccessExport.Professional.class)).list();
    }
}
