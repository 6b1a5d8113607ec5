package org.patchwork.network.config;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How involvement is kept fresh ({@code docs/information-governance.md}).
 *
 * @param confirmEvery          how long a membership goes without its member confirming it before they are asked
 *                              whether they are still involved
 * @param confirmEveryByAgency  the same, for agencies that chose another period, by agency code
 * @param gracePeriod           how long an asked member has to answer before the membership lapses
 * @param reviewReminderBefore  how long before a legal basis's review date its member is reminded to renew it
 */
@ConfigurationProperties("patchwork.network.involvement")
public record InvolvementProperties(@DefaultValue("90d") Duration confirmEvery,
                                    Map<String, Duration> confirmEveryByAgency,
                                    @DefaultValue("14d") Duration gracePeriod,
                                    @DefaultValue("14d") Duration reviewReminderBefore) {

    public InvolvementProperties {
        confirmEveryByAgency = confirmEveryByAgency == null ? Map.of() : Map.copyOf(confirmEveryByAgency);
        for (Duration period : confirmEveryByAgency.values()) {
            if (period.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("An agency's confirmation period must be at least a day");
            }
        }
    }

    /** The confirmation period of the agency's staff. */
    public Duration confirmEveryFor(String agency) {
        return confirmEveryByAgency.getOrDefault(agency, confirmEvery);
    }
}
