package org.patchwork.platform.security.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loops give the verdicts of the regular expressions Spring Security's strict firewalls use by default: the
 * servlet firewall's expressions as its source has them, and the reactive firewall's own predicates.
 */
class HeaderCharactersTest {

    /** StrictHttpFirewall's own expressions, as its source has them. */
    private static final Pattern ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void sameVerdictsAsTheFirewallsExpressions() {
        List<String> samples = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
                "tab\there", "line\nfeed", "carriage\rreturn", "nul\u0000", "delete\u007f", "c1 control\u0085",
                "accented café naïve", "emoji \uD83D\uDE00", "lone surrogate \uD800", "unassigned \u0378",
                "private use \uE000", "non-character \uFFFF", "line separator \u2028"));
        SplittableRandom random = new SplittableRandom(26);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(6); length > 0; length--) {
                // mostly the ranges where verdicts change: controls, Latin-1, surrogates, unassigned, the planes
                int codePoint = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x00A0);
                    case 1 -> random.nextInt(0x0300, 0x0400);
                    case 2 -> random.nextInt(0xD700, 0x10000);
                    default -> random.nextInt(0x110000);
                };
                text.appendCodePoint(codePoint);
            }
            samples.add(text.toString());
        }

        for (String sample : samples) {
            assertThat(HeaderCharacters.assignedAndNotControl(sample)).as(escaped(sample))
                    .isEqualTo(ASSIGNED_AND_NOT_CONTROL.matcher(sample).matches());
            assertThat(HeaderCharacters.headerValue(sample)).as(escaped(sample))
                    .isEqualTo(HEADER_VALUE.matcher(sample).matches());
            assertThat(HeaderCharacters.assignedAndNotControl(sample)).as(escaped(sample))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(sample))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_PARAMETER_NAMES.test(sample));
            assertThat(HeaderCharacters.headerValue(sample)).as(escaped(sample))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(sample));
        }
    }

    @Test
    void noTextHasNothingToRefuseAsInTheReactiveFirewall() {
        assertThat(HeaderCharacters.assignedAndNotControl(null))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(null)).isTrue();
        assertThat(HeaderCharacters.headerValue(null))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null)).isTrue();
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(codePoint -> escaped.append(String.format("U+%04X ", codePoint)));
        return escaped.toString();
    }
}
