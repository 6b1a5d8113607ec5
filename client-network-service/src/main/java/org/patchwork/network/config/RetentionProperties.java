package org.patchwork.network.config;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records are kept ({@code docs/information-governance.md}, "For how long").
 *
 * @param closedClientRecords how long after a client was closed their records are kept before every service erases
 *                            them (ISO-8601, e.g. {@code P6Y}); the council's retention schedule decides it
 */
@ConfigurationProperties("patchwork.retention")
public record RetentionProperties(@DefaultValue("P6Y") Period closedClientRecords) {

    public RetentionProperties {
        if (closedClientRecords.isNegative() || closedClientRecords.isZero()) {
            throw new IllegalArgumentException("The retention period of closed clients' records must be positive");
        }
    }
}
