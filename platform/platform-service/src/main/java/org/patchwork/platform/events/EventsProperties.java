package org.patchwork.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox recovers events that could not be handed to Kafka.
 *
 * @param resubmitEvery   how often to look for publications still incomplete
 * @param resubmitOlderThan how old an incomplete publication must be before it is sent again, so that one
 *                        still in flight is not doubled
 */
@ConfigurationProperties("patchwork.events")
public record EventsProperties(@DefaultValue("30s") Duration resubmitEvery,
                               @DefaultValue("1m") Duration resubmitOlderThan) {
}
