package org.patchwork.web.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Codes and how they read, in the order forms offer them. */
public final class OrderedLabels {

    private OrderedLabels() {
    }

    /** {@code of("EMAIL", "Email", "SMS", "Text message")}: an unmodifiable map keeping that order. */
    public static Map<String, String> of(String... codesAndLabels) {
        if (codesAndLabels.length % 2 != 0) {
            throw new IllegalArgumentException("Every code needs a label");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
