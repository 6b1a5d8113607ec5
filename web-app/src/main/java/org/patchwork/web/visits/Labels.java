package org.patchwork.web.visits;

import java.util.Map;

/** How the schedule's codes read to practitioners, in the order forms offer them. */
public final class Labels {

    public static final Map<String, String> KINDS = ordered("HOME_VISIT", "Home visit", "SCHOOL", "At school",
            "CLINIC", "At a clinic", "OFFICE", "At an office", "OTHER", "Somewhere else");
    public static final Map<String, String> CHANNELS = ordered("HOME_VISIT", "Home visit", "PHONE", "Phone call",
            "VIDEO", "Video call", "SCHOOL_OR_OFFICE_MEETING", "Meeting at school or office", "OTHER", "Other");

    private Labels() {
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
