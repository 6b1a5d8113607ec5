package org.patchwork.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.DayMonthYear;
import org.patchwork.web.config.OrderedLabels;

/**
 * An IG officer's question to the audit trail: records about one client, by or about one professional, in a period
 * of days (UK dates, both included). Every part is optional.
 *
 * @param client       the client's Patchwork reference; a pasted page address holding it will do
 * @param professional the professional's directory id, as the choice list gives it
 * @param role         whether the records wanted are what the professional did ({@code BY}, the default) or what
 *                     was done about them ({@code ABOUT}: added, removed, invited …)
 */
record AuditSearch(
        @Pattern(regexp = "|.*" + AuditSearch.REFERENCE + ".*",
                message = "Enter the client's Patchwork reference, for example 3f2b8a9c-0d4e-4f51-9a6b-7c8d9e0f1a2b")
        String client,
        @Pattern(regexp = "|" + AuditSearch.REFERENCE, message = "Choose a professional from the list")
        String professional,
        @Pattern(regexp = "BY|ABOUT", message = "Choose whether you want records by or about the professional")
        String role,
        @DayMonthYear(optional = true, message = "Enter the first day as day, month and year, or leave it empty")
        DateFields from,
        @DayMonthYear(optional = true, message = "Enter the last day as day, month and year, or leave it empty")
        DateFields to) {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String REFERENCE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** The check of the period as a whole, shown at its last day. */
    static final Map<String, String> CHECKS = Map.of("periodInOrder", "to");
    private static final java.util.regex.Pattern REFERENCE_IN_TEXT = java.util.regex.Pattern.compile(REFERENCE);

    AuditSearch {
        client = Objects.toString(client, "").trim();
        professional = Objects.toString(professional, "").trim();
        role = role == null || role.isBlank() ? BY : role;
        from = from == null ? DateFields.empty() : from;
        to = to == null ? DateFields.empty() : to;
    }

    static final String BY = "BY";
    static final String ABOUT = "ABOUT";
    static final Map<String, String> ROLES = OrderedLabels.of(BY, "Records of what they did",
            ABOUT, "Records about them (added, removed, invited …)");

    @AssertTrue(message = "The last day must be the same as or after the first day")
    boolean isPeriodInOrder() {
        LocalDate first = from.toDate();
        LocalDate last = to.toDate();
        return first == null || last == null || !first.isAfter(last);
    }

    /** The start of the period, as {@code GET /api/audit} takes it; only for a search without errors. */
    Instant fromInstant() {
        return from.toDate() == null ? null : from.toDate().atStartOfDay(UK).toInstant();
    }

    /** The end of the period, its last day included. */
    Instant toInstant() {
        return to.toDate() == null ? null : to.toDate().plusDays(1).atStartOfDay(UK).toInstant();
    }

    UUID clientId() {
        Matcher matcher = REFERENCE_IN_TEXT.matcher(client);
        return matcher.find() ? UUID.fromString(matcher.group()) : null;
    }

    UUID professionalId() {
        return REFERENCE_IN_TEXT.matcher(professional).matches() ? UUID.fromString(professional) : null;
    }

    /** The professional as the one who acted, unless the officer asked about them. */
    UUID actorProfessionalId() {
        return ABOUT.equals(role) ? null : professionalId();
    }

    UUID subjectProfessionalId() {
        return ABOUT.equals(role) ? professionalId() : null;
    }
}
