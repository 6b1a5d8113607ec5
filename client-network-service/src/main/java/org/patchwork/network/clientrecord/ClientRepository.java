package org.patchwork.network.clientrecord;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Client> findById(UUID id) {
        return jdbc.sql("SELECT * FROM client WHERE id = :id").param("id", id).query(Rows.of(Client.class)).optional();
    }

    /** Exact matches on the normalised family name and date of birth (and the postcode, when given). */
    public List<Client> findByIdentity(String familyNameKey, LocalDate dateOfBirth, String postcode, int limit) {
        return jdbc.sql("""
                        SELECT * FROM client
                        WHERE family_name_key = :key AND date_of_birth = :dateOfBirth
                          AND (CAST(:postcode AS TEXT) IS NULL OR postcode = :postcode)
                        ORDER BY created_at LIMIT :limit""")
                .param("key", familyNameKey)
                .param("dateOfBirth", dateOfBirth)
                .param("postcode", postcode)
                .param("limit", limit)
                .query(Rows.of(Client.class)).list();
    }

    /** The other clients of a household whose networks the professional is currently in. */
    public List<Client> householdVisibleTo(UUID householdId, UUID exceptClientId, UUID professionalId) {
        return jdbc.sql("""
                        SELECT c.* FROM client c
                        JOIN membership m ON m.client_id = c.id AND m.ended_at IS NULL
                                         AND m.professional_id = :professionalId
                        WHERE c.household_id = :householdId AND c.id <> :exceptClientId
                        ORDER BY c.date_of_birth""")
                .param("householdId", householdId)
                .param("exceptClientId", exceptClientId)
                .param("professionalId", professionalId)
                .query(Rows.of(Client.class)).list();
    }

    public void insert(Client client) {
        JdbcClient.StatementSpec insert = jdbc.sql("""
                        INSERT INTO client (id, given_name, family_name, family_name_key, known_as, date_of_birth,
                                            address, postcode, local_reference, household_id, status, created_at,
                                            updated_at)
                        VALUES (:id, :givenName, :familyName, :familyNameKey, :knownAs, :dateOfBirth, :address,
                                :postcode, :localReference, :householdId, :status, :createdAt, :updatedAt)""")
                .param("householdId", client.householdId())
                .param("status", client.status().name())
                .param("createdAt", Timestamp.from(client.createdAt()));
        withDetails(insert, client).update();
    }

    public void updateDetails(Client client) {
        withDetails(jdbc.sql("""
                        UPDATE client SET given_name = :givenName, family_name = :familyName,
                               family_name_key = :familyNameKey, known_as = :knownAs, date_of_birth = :dateOfBirth,
                               address = :address, postcode = :postcode, local_reference = :localReference,
                               updated_at = :updatedAt
                        WHERE id = :id"""), client).update();
    }

    private static JdbcClient.StatementSpec withDetails(JdbcClient.StatementSpec statement, Client client) {
        return statement
                .param("id", client.id())
                .param("givenName", client.givenName())
                .param("familyName", client.familyName())
                .param("familyNameKey", client.familyNameKey())
                .param("knownAs", client.knownAs())
                .param("dateOfBirth", client.dateOfBirth())
                .param("address", client.address())
                .param("postcode", client.postcode())
                .param("localReference", client.localReference())
                .param("updatedAt", Timestamp.from(client.updatedAt()));
    }

    public void close(UUID id, Instant at) {
        jdbc.sql("UPDATE client SET status = 'CLOSED', closed_at = :at, updated_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void reopen(UUID id, Instant at) {
        jdbc.sql("UPDATE client SET status = 'OPEN', closed_at = NULL, updated_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** A close or reopening, with its coded reason and optional note (free text that stays in this service). */
    public void recordStatusChange(UUID clientId, ClientStatus status, String reason, String note, Instant at,
                                   UUID byProfessionalId) {
        jdbc.sql("""
                        INSERT INTO client_status_change (id, client_id, status, reason, note, changed_at,
                                                          changed_by_professional_id)
                        VALUES (:id, :clientId, :status, :reason, :note, :at, :by)""")
                .param("id", UUID.randomUUID())
                .param("clientId", clientId)
                .param("status", status.name())
                .param("reason", reason)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("at", Timestamp.from(at))
                .param("by", byProfessionalId)
                .update();
    }

    /** Puts both clients in one household: the existing client's, or a new one. */
    public void joinHousehold(UUID newClientId, Client existing) {
        UUID householdId = existing.householdId();
        if (householdId == null) {
            householdId = UUID.randomUUID();
            jdbc.sql("INSERT INTO household (id) VALUES (:id)").param("id", householdId).update();
            jdbc.sql("UPDATE client SET household_id = :household WHERE id = :id")
                    .param("household", householdId).param("id", existing.id()).update();
        }
        jdbc.sql("UPDATE client SET household_id = :household WHERE id = :id")
                .param("household", householdId).param("id", newClientId).update();
    }
}
