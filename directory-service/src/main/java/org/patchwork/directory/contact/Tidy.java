package org.patchwork.directory.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tidies what people type before it is validated and stored, so that the same value is always stored the same
 * way: that is what lets an unchanged re-import be recognised as unchanged.
 */
public final class Tidy {

    private Tidy() {
    }

    /** Trimmed text; blank means "not given". */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Each area trimmed with inner spaces collapsed, repeats (ignoring case) dropped, first spelling kept. */
    public static List<String> areas(List<String> areas) {
        if (areas == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String area : areas) {
            String tidied = area == null ? "" : area.strip().replaceAll("\\s+", " ");
            unique.putIfAbsent(tidied.toLowerCase(Locale.ROOT), tidied);
        }
        return List.copyOf(unique.values());
    }

    /** Each email domain trimmed, in lower case, without a leading {@code @}, repeats dropped, in order. */
    public static List<String> emailDomains(List<String> domains) {
        if (domains == null) {
            return List.of();
        }
        Set<String> unique = new TreeSet<>();
        for (String domain : domains) {
            String tidied = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
            unique.add(tidied.startsWith("@") ? tidied.substring(1) : tidied);
        }
        return List.copyOf(unique);
    }
}
