package org.patchwork.network.lookup;

import java.util.regex.Pattern;

import org.patchwork.network.clientrecord.ClientIdentity;
import org.patchwork.platform.problem.PatchworkException;

/**
 * What makes a look-up a question about one person rather than a way to browse: a whole family name, never a
 * pattern. Wildcards and fragments are refused outright instead of being treated as letters.
 */
final class LookupRules {

    static final int SHORTEST_FAMILY_NAME = 2;
    private static final Pattern WILDCARDS = Pattern.compile("[%*_?\\\\\\[\\]]");
    private static final Pattern FAMILY_NAME = Pattern.compile(ClientIdentity.FAMILY_NAME);

    private LookupRules() {
    }

    /** The family name as stored for comparison, or a refusal saying why the name cannot be looked up. */
    static String familyNameKey(String familyName) {
        if (WILDCARDS.matcher(familyName).find()) {
            throw PatchworkException.invalid(
                    "Look-ups need the whole family name: wildcard characters (% * _ ?) are not allowed.");
        }
        String key = ClientIdentity.familyNameKey(familyName);
        if (key.length() < SHORTEST_FAMILY_NAME) {
            throw PatchworkException.invalid("The family name is too short to look up: give the whole name.");
        }
        if (!FAMILY_NAME.matcher(familyName.strip()).matches()) {
            throw PatchworkException.invalid("The family name may contain only letters, spaces, hyphens and apostrophes.");
        }
        return key;
    }
}
