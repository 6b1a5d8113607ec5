package org.patchwork.web.staff;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.patchwork.web.config.FormErrors;

/**
 * A member of staff as their agency's administrator adds or edits them. The work email links the entry to the
 * person's first sign-in through their organisation.
 */
record StaffForm(String name, String email, String jobTitle, String team, String workPhone, String mobile,
                 String preferredContact, String areas) {

    static final Map<String, String> LABELS = Map.of("name", "Name", "email", "Work email", "jobTitle", "Job title",
            "team", "Team", "workPhone", "Work phone", "mobile", "Mobile", "preferredContact",
            "How they prefer to be contacted", "areas", "Areas");
    static final int MAX_AREAS = 50;
    static final int MAX_AREA_LENGTH = 60;

    StaffForm {
        name = Objects.toString(name, "");
        email = Objects.toString(email, "");
        jobTitle = Objects.toString(jobTitle, "");
        team = Objects.toString(team, "");
        workPhone = Objects.toString(workPhone, "");
        mobile = Objects.toString(mobile, "");
        preferredContact = Objects.toString(preferredContact, "EMAIL");
        areas = Objects.toString(areas, "");
    }

    static StaffForm empty() {
        return new StaffForm("", "", "", "", "", "", "EMAIL", "");
    }

    static StaffForm of(StaffMember member) {
        return new StaffForm(member.name(), member.email(), member.jobTitle(), member.team(), member.workPhone(),
                member.mobile(), member.preferredContact(),
                member.areas() == null ? "" : String.join(", ", member.areas()));
    }

    FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (name.isBlank()) {
            errors.add("name", "Enter their name");
        }
        if (email.isBlank()) {
            errors.add("email", "Enter their work email, for example name@agency.example");
        } else if (!email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            errors.add("email", "Enter their work email in the right format, for example name@agency.example");
        }
        List<String> areaList = areaList();
        if (areaList.size() > MAX_AREAS) {
            errors.add("areas", "Enter at most " + MAX_AREAS + " areas");
        } else if (areaList.stream().anyMatch(area -> area.length() > MAX_AREA_LENGTH)) {
            errors.add("areas", "Each area must be " + MAX_AREA_LENGTH + " characters or fewer");
        }
        return errors;
    }

    /** Areas are typed separated by commas (or semicolons, as in the CSV file). */
    List<String> areaList() {
        return Arrays.stream(areas.split("[,;]")).map(String::trim).filter(area -> !area.isEmpty()).toList();
    }

    /** The body of the directory's staff endpoints. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name.trim());
        json.put("email", email.trim());
        json.put("jobTitle", blankToNull(jobTitle));
        json.put("team", blankToNull(team));
        json.put("workPhone", blankToNull(workPhone));
        json.put("mobile", blankToNull(mobile));
        json.put("preferredContact", preferredContact);
        json.put("areas", areaList());
        return json;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }

    /** A professional as the directory answers {@code GET /api/directory/professionals/{id}}. */
    record StaffMember(UUID id, String agency, String name, String jobTitle, String team, String workPhone,
                       String mobile, String email, String preferredContact, String status, List<String> areas) {

        boolean hasLeft() {
            return "LEFT".equals(status);
        }
    }
}
