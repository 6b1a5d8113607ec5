package org.patchwork.web.config;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchwork.web.api.ApiProblem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Errors of one form, by field, in the order the GOV.UK error summary lists them. Field names are the form's
 * (the page maps the API's field names onto them).
 */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The form record's validation errors, in the order of its fields. */
    public static FormErrors of(BindingResult binding) {
        return of(binding, Map.of());
    }

    /**
     * The form record's validation errors, in the order of its fields; a check of several fields (an
     * {@code @AssertTrue} method) is shown at the field {@code fieldNames} names for it.
     */
    public static FormErrors of(BindingResult binding, Map<String, String> fieldNames) {
        List<String> order = binding.getTarget() != null && binding.getTarget().getClass().isRecord()
                ? Arrays.stream(binding.getTarget().getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        FormErrors errors = new FormErrors();
        binding.getFieldErrors().stream()
                .map(error -> new FieldError(error.getObjectName(),
                        fieldNames.getOrDefault(error.getField(), error.getField()), error.getDefaultMessage()))
                .sorted(Comparator.comparingInt(error -> position(order, error.getField())))
                .forEach(error -> errors.add(error.getField(), error.getDefaultMessage()));
        return errors;
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field.split("[.\\[]", 2)[0]);
        return index < 0 ? order.size() : index;
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
