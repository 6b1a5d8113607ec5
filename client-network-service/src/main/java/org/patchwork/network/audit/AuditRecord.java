package org.patchwork.network.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit record as an IG officer sees it.
 *
 * @param id              the stored record's number; a listing of many clients is one stored record, shown once
 *                        for each client listed, each time with the same number
 * @param actorName       the actor's name from the local copy of the directory, when known
 * @param professionalId  the professional the action concerned (e.g. the member removed), if any
 * @param service         the part of Patchwork that recorded it: {@code client-network} (clients, networks,
 *                        attentions) or {@code schedule} (visits, contacts, calendars)
 * @param action          what was done: one of {@link AuditAction}, or of the schedule's access actions
 *                        ({@code VISITS_VIEWED}, {@code CONTACTS_VIEWED} …) for the schedule's records
 * @param basis           the actor's legal basis for the client at the time (or why they looked)
 */
public record AuditRecord(long id, Instant occurredAt, String service, UUID actorProfessionalId, String actorName,
                          String actorAgency, String action, UUID clientId, UUID professionalId, String basis,
                          String detail) {
}
