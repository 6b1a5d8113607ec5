package org.patchwork.web.directory;

import java.util.Map;

import org.patchwork.web.config.OrderedLabels;

/** How a professional would rather be reached, as forms offer it and pages say it. */
public final class PreferredContacts {

    public static final Map<String, String> LABELS = OrderedLabels.of("WORK_PHONE", "Work phone", "MOBILE", "Mobile",
            "SMS", "Text message", "EMAIL", "Email");

    private PreferredContacts() {
    }
}
