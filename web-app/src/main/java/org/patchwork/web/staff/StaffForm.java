package org.patchwork.web.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.patchwork.web.api.DirectoryApi;

/**
 * A member of staff as their agency's administrator adds or edits them. The work email links the entry to the
 * person's first sign-in through their organisation.
 */
record StaffForm(
        @NotBlank(message = "Enter their name") String name,
        @NotBlank(message = "Enter their work email, for example name@agency.example")
        @Pattern(regexp = "|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*",
                message = "Enter their work email in the right format, for example name@agency.example")
        String email,
        String jobTitle, String team, String workPhone, String mobile, String preferredContact, String areas) {

    static final Map<String, String> LABELS = Map.of("name", "Name", "email", "Work email", "jobTitle", "Job title",
            "team", "Team", "workPhone", "Work phone", "mobile", "Mobile", "preferredContact",
            "How they prefer to be contacted", "areas", "Areas");
    /** The checks of the areas typed as a whole, shown at the areas field. */
    static final Map<String, String> CHECKS = Map.of("fewEnoughAreas", "areas", "shortEnoughAreas", "areas");
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

    static StaffForm of(DirectoryApi.StaffMember member) {
        return new StaffForm(member.name(), member.email(), member.jobTitle(), member.team(), member.workPhone(),
                member.mobile(), member.preferredContact(),
                member.areas() == null ? "" : String.join(", ", member.areas()));
    }

    @AssertTrue(message = "Enter at most " + MAX_AREAS + " areas")
    boolean isFewEnoughAreas() {
        return areaList().size() <= MAX_AREAS;
    }

    @AssertTrue(message = "Each area must be " + MAX_AREA_LENGTH + " characters or fewer")
    boolean isShortEnoughAreas() {
        return areaList().stream().allMatch(area -> area.length() <= MAX_AREA_LENGTH);
    }

    /** Areas are typed separated by commas (or semicolons, as in the CSV file). */
    List<String> areaList() {
        return Arrays.stream(areas.split("[,;]")).map(String::trim).filter(area -> !area.isEmpty()).toList();
    }

    /** The body of the directory's staff endpoints. */
    DirectoryApi.StaffDetails toDetails() {
        return new DirectoryApi.StaffDetails(name.trim(), email.trim(), blankToNull(jobTitle), blankToNull(team),
                blankToNull(workPhone), blankToNull(mobile), preferredContact, areaList());
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
