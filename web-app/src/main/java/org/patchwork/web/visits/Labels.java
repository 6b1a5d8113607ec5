package org.patchwork.web.visits;

import java.util.Map;

import org.patchwork.web.config.OrderedLabels;

/** How the schedule's codes read to practitioners, in the order forms offer them. */
public final class Labels {

    public static final Map<String, String> KINDS = OrderedLabels.of("HOME_VISIT", "Home visit", "SCHOOL", "At school",
            "CLINIC", "At a clinic", "OFFICE", "At an office", "OTHER", "Somewhere else");
    public static final Map<String, String> CHANNELS = OrderedLabels.of("HOME_VISIT", "Home visit", "PHONE", "Phone call",
            "VIDEO", "Video call", "SCHOOL_OR_OFFICE_MEETING", "Meeting at school or office", "OTHER", "Other");

    private Labels() {
    }
}
