package org.patchwork.notification.delivery;

import java.util.regex.Pattern;

/** Email addresses and phone numbers never reach a log or an error message in full. */
public final class Masking {

    private static final Pattern EMAIL = Pattern.compile("([\\w.+-])[\\w.+-]*(@[\\w.-]+)");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ]{5,}(\\d{3})");

    private Masking() {
    }

    /** {@code j***@nhs.example}, {@code ***123}. */
    public static String mask(String address) {
        if (address == null || address.isBlank()) {
            return "(none)";
        }
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        String digits = address.replaceAll("\\D", "");
        return "***" + (digits.length() > 3 ? digits.substring(digits.length() - 3) : "");
    }

    /** The text with any email address or phone number in it masked. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = PHONE.matcher(EMAIL.matcher(text).replaceAll("$1***$2")).replaceAll("***$1");
        return scrubbed.length() > 500 ? scrubbed.substring(0, 500) + "…" : scrubbed;
    }
}
