package org.patchwork.network.clientrecord;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How identifying details are compared and shown in part. A family name is compared without case, accents,
 * spaces, hyphens or apostrophes, so "O'Brien-Núñez" and "obrien nunez" are the same person's name.
 */
public final class ClientIdentity {

    /**
     * A family name as registered and as looked up: at least two letters, and otherwise only spaces, hyphens,
     * apostrophes and full stops (which comparison ignores), so every registered client can be looked up.
     */
    public static final String FAMILY_NAME = "^(?=(?:[^\\p{L}]*\\p{L}){2})[\\p{L}\\p{M}\\s\\-'’‘`.]+$";
    public static final String FAMILY_NAME_RULE = "must be the whole family name: letters, spaces, hyphens and "
            + "apostrophes only";

    private ClientIdentity() {
    }

    public static String familyNameKey(String familyName) {
        String decomposed = Normalizer.normalize(familyName.strip(), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-'’‘`.]", "");
    }

    /** {@code "J.S."} for Jo Sample: what notifications and invitations show instead of a name. */
    public static String initials(String givenName, String familyName) {
        return initial(givenName) + "." + initial(familyName) + ".";
    }

    public static String initial(String name) {
        String key = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return key.isEmpty() ? "?" : key.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** A UK postcode in its usual form, {@code "WS13 6YY"}; {@code null} stays {@code null}. */
    public static String postcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.length() <= 3 ? compact : compact.substring(0, compact.length() - 3) + " "
                + compact.substring(compact.length() - 3);
    }

    /** The outward part of a postcode ({@code "WS13"}): narrows a look-up without pointing at a street. */
    public static String postcodeDistrict(String postcode) {
        String normalised = postcode(postcode);
        return normalised == null ? null : normalised.split(" ")[0];
    }
}
