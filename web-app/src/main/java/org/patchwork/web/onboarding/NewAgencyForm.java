package org.patchwork.web.onboarding;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What an agency joining is: its code (the {@code agency} claim, its identity provider's alias), name, kind, areas. */
record NewAgencyForm(
        @NotBlank(message = "Enter a code for the organisation, for example sample-housing")
        @Pattern(regexp = "|[a-z0-9][a-z0-9-]{1,63}",
                message = "The code must be 2 to 64 lower-case letters, digits or '-', for example sample-housing")
        String code,
        @NotBlank(message = "Enter the organisation's name") String name,
        String kind, String areas) {

    static final Map<String, String> LABELS = Map.of("code", "Code", "name", "Name", "kind", "Kind of organisation",
            "areas", "Areas");
    static final Map<String, String> CHECKS = Map.of("kindChosen", "kind");
    static final Map<String, String> KINDS = kinds();

    NewAgencyForm {
        code = Objects.toString(code, "").trim();
        name = Objects.toString(name, "");
        kind = Objects.toString(kind, "");
        areas = Objects.toString(areas, "");
    }

    static NewAgencyForm empty() {
        return new NewAgencyForm("", "", "", "");
    }

    @AssertTrue(message = "Choose the kind of organisation")
    boolean isKindChosen() {
        return KINDS.containsKey(kind);
    }

    List<String> areaList() {
        return Arrays.stream(areas.split(",")).map(String::trim).filter(area -> !area.isEmpty()).toList();
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("DISTRICT_COUNCIL", "District council");
        kinds.put("COUNTY_COUNCIL", "County council");
        kinds.put("NHS", "NHS");
        kinds.put("SCHOOL", "School");
        kinds.put("FIRE_AND_RESCUE", "Fire and rescue");
        kinds.put("POLICE", "Police");
        kinds.put("HOUSING", "Housing");
        kinds.put("VOLUNTARY_SECTOR", "Voluntary sector");
        kinds.put("OTHER", "Other");
        return Collections.unmodifiableMap(kinds);
    }
}
