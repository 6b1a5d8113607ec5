package org.patchwork.web.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readable document of a subject access export, made from the export file itself: every section and every field
 * of the file appears in it, under plain headings, with each professional named instead of their reference. It is a
 * standalone page (no links back into Patchwork, no scripts) to hand to the person it is about.
 */
@Component
class SubjectAccessDocument {

    /** The file's sections in the order the document shows them, with their headings. */
    static final Map<String, String> SECTIONS = orderedSections();

    private final ITemplateEngine templates;
    private final JsonMapper json;

    SubjectAccessDocument(ITemplateEngine templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    String render(String exportJson) {
        Map<String, Object> export = json.readValue(exportJson, Map.class);
        Map<String, String> names = professionalNames((List<Map<String, Object>>) export.get("professionals"));
        Map<String, Object> schedule = (Map<String, Object>) Objects.requireNonNullElse(export.get("schedule"),
                Map.of());
        Map<String, Object> client = (Map<String, Object>) Objects.requireNonNullElse(export.get("client"), Map.of());
        List<Section> sections = new ArrayList<>();
        SECTIONS.forEach((key, heading) -> {
            Object value = key.startsWith("schedule.") ? schedule.get(key.substring("schedule.".length()))
                    : export.get(key);
            sections.add(Section.of(key, heading, value, names));
        });
        Context context = new Context(Locale.UK);
        context.setVariable("client", client);
        context.setVariable("exportedAt", export.get("exportedAt"));
        context.setVariable("exportedByAgency", export.get("exportedByAgency"));
        context.setVariable("notSeenThresholdDays", schedule.get("notSeenThresholdDays"));
        context.setVariable("sections", sections);
        context.setVariable("notIncluded", export.getOrDefault("notIncluded", List.of()));
        return templates.process("audit/subject-access-document", context);
    }

    private static Map<String, String> professionalNames(List<Map<String, Object>> professionals) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> professional : professionals == null ? List.<Map<String, Object>>of()
                : professionals) {
            names.put(String.valueOf(professional.get("id")),
                    professional.get("name") + " (" + professional.get("agency") + ")");
        }
        return names;
    }

    private static Map<String, String> orderedSections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("client", "Identity details");
        sections.put("household", "Household link");
        sections.put("network", "Network history: who was involved, on what legal basis, and when");
        sections.put("invitations", "Invitations to join the network");
        sections.put("attentions", "Attentions raised to the network");
        sections.put("consentWithdrawals", "Withdrawals of consent");
        sections.put("schedule.visits", "Visits");
        sections.put("schedule.contacts", "Contacts");
        sections.put("alerts", "Alerts sent about the client: what kind, when, and to which role (never their text)");
        sections.put("accessAudit", "Who accessed the record, and why");
        sections.put("professionals", "Professionals named in this export (their work details, disclosed in their "
                + "professional capacity)");
        return sections;
    }

    /**
     * One section as a table: a column per field found in its records (in the file's order), labelled in words; a
     * single record (the identity) is a table of one row.
     */
    record Section(String key, String heading, List<String> columns, List<List<String>> rows) {

        @SuppressWarnings("unchecked")
        static Section of(String key, String heading, Object value, Map<String, String> names) {
            List<Map<String, Object>> records = value == null ? List.of()
                    : value instanceof List<?> list ? (List<Map<String, Object>>) list
                    : List.of((Map<String, Object>) value);
            Set<String> fields = new LinkedHashSet<>();
            records.forEach(record -> fields.addAll(record.keySet()));
            List<List<String>> rows = records.stream().map(record -> fields.stream()
                    .map(field -> shown(field, record.get(field), names)).toList()).toList();
            return new Section(key, heading, fields.stream().map(Section::label).toList(), rows);
        }

        /** A professional's reference becomes their name and agency when the export names them. */
        private static String shown(String field, Object value, Map<String, String> names) {
            if (value == null) {
                return "";
            }
            String text = String.valueOf(value);
            boolean professional = !"id".equals(field) && field.toLowerCase(Locale.UK).contains("professional");
            return professional && names.containsKey(text) ? names.get(text) : text;
        }

        /** {@code legalBasis} → "Legal basis". */
        static String label(String field) {
            String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
