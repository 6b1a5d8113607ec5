package org.patchwork.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.FormErrors;

/**
 * An IG officer's question to the audit trail: records about one client, by one professional, in a period of
 * days (UK dates, both included). Every part is optional.
 *
 * @param client       the client's Patchwork reference; a pasted page address holding it will do
 * @param professional the professional's directory id, as the choice list gives it
 */
record AuditSearch(String client, String professional, DateFields from, DateFields to) {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern REFERENCE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    AuditSearch {
        client = Objects.toString(client, "").trim();
        professional = Objects.toString(professional, "").trim();
        from = from == null ? DateFields.empty() : from;
        to = to == null ? DateFields.empty() : to;
    }

    static AuditSearch empty() {
        return new AuditSearch("", "", DateFields.empty(), DateFields.empty());
    }

    FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (!client.isEmpty() && clientId() == null) {
            errors.add("client", "Enter the client's Patchwork reference, for example 3f2b8a9c-0d4e-4f51-9a6b-7c8d9e0f1a2b");
        }
        if (!professional.isEmpty() && professionalId() == null) {
            errors.add("professional", "Choose a professional from the list");
        }
        if (!from.isBlank() && from.toDate() == null) {
            errors.add("from", "Enter the first day as day, month and year, or leave it empty");
        }
        if (!to.isBlank() && to.toDate() == null) {
            errors.add("to", "Enter the last day as day, month and year, or leave it empty");
        }
        LocalDate first = from.toDate();
        LocalDate last = to.toDate();
        if (first != null && last != null && first.isAfter(last)) {
            errors.add("to", "The last day must be the same as or after the first day");
        }
        return errors;
    }

    /** The query parameters of {@code GET /api/audit}; only for a search without errors. */
    Map<String, Object> toQuery() {
        Map<String, Object> query = new LinkedHashMap<>();
        if (clientId() != null) {
            query.put("clientId", clientId());
        }
        if (professionalId() != null) {
            query.put("professionalId", professionalId());
        }
        if (from.toDate() != null) {
            query.put("from", from.toDate().atStartOfDay(UK).toInstant());
        }
        if (to.toDate() != null) {
            query.put("to", to.toDate().plusDays(1).atStartOfDay(UK).toInstant());
        }
        return query;
    }

    UUID clientId() {
        Matcher matcher = REFERENCE.matcher(client);
        return matcher.find() ? UUID.fromString(matcher.group()) : null;
    }

    UUID professionalId() {
        Matcher matcher = REFERENCE.matcher(professional);
        return matcher.matches() ? UUID.fromString(professional) : null;
    }
}
