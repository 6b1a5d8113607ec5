package org.patchwork.platform.security.checks;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The character rules of Spring Security's strict firewalls ({@code StrictHttpFirewall} in the services,
 * {@code StrictServerWebExchangeFirewall} in the gateway) for header names, header values and parameter names,
 * written as loops over code points instead of their regular expressions
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and for header values also a tab). Same verdicts, a fraction of
 * the cost: matching every request's headers, the access token's thousand-odd characters among them, with those
 * expressions was a tenth of a service's CPU, and of the gateway's, on the busiest reads.
 */
public final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /**
     * Gives a firewall these rules, through its setters, e.g.
     * {@code HeaderCharacters.applyTo(firewall::setAllowedHeaderNames, firewall::setAllowedHeaderValues,
     * firewall::setAllowedParameterNames)}. Parameter values keep the firewall's default: anything, as a form's text
     * may span lines.
     */
    public static void applyTo(Consumer<Predicate<String>> headerNames, Consumer<Predicate<String>> headerValues,
                               Consumer<Predicate<String>> parameterNames) {
        headerNames.accept(HeaderCharacters::assignedAndNotControl);
        headerValues.accept(HeaderCharacters::headerValue);
        parameterNames.accept(HeaderCharacters::assignedAndNotControl);
    }

    /** Every code point assigned in Unicode and none a control character: header and parameter names. */
    public static boolean assignedAndNotControl(String text) {
        return allAllowed(text, false);
    }

    /** As {@link #assignedAndNotControl(String)}, and a tab allowed: header values. */
    public static boolean headerValue(String text) {
        return allAllowed(text, true);
    }

    /** No text (a header asked for and absent) has nothing to refuse, as the reactive firewall's own rules hold. */
    private static boolean allAllowed(String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean allowed = Character.isDefined(codePoint)
                    && (!Character.isISOControl(codePoint) || tabAllowed && codePoint == '\t');
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
