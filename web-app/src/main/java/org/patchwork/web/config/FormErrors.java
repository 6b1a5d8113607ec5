package org.patchwork.web.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors of one form, by field, in the order the GOV.UK error summary lists them. Field names are the form's
 * (the page maps the API's field names onto them).
 */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** Adds a service's field problems, renaming its fields to the form's with {@code fieldNames}. */
    public FormErrors addAll(ApiProblem problem, Map<String, String> fieldNames, Map<String, String> labels) {
        problem.errors().forEach(error -> {
            String field = fieldNames.getOrDefault(error.field(), error.field());
            add(field, labels.getOrDefault(field, "This value") + " " + error.message());
        });
        if (problem.errors().isEmpty() && problem.detail() != null) {
            add("form", problem.detail());
        }
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return byField;
    }
}
