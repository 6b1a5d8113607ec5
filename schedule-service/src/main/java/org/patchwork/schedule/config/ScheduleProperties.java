package org.patchwork.schedule.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of this service that operations may tune.
 *
 * @param publicBaseUrl      where practitioners reach Patchwork (the gateway); calendar feed URLs start with it
 * @param zone               the local time zone: "the same day" for clashing visits is a day here
 * @param notSeenDefaultDays how many days without anyone seeing a client raise a warning, unless the lead set
 *                           another threshold for that network
 * @param contactWindow      how far back the contact history looks unless asked otherwise
 * @param feedPast           how far back a calendar feed shows visits
 * @param feedFuture         how far ahead a calendar feed shows visits
 */
@ConfigurationProperties("patchwork.schedule")
public record ScheduleProperties(@DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,
                                 @DefaultValue("Europe/London") ZoneId zone,
                                 @DefaultValue("14") int notSeenDefaultDays,
                                 @DefaultValue("90d") Duration contactWindow,
                                 @DefaultValue("30d") Duration feedPast,
                                 @DefaultValue("180d") Duration feedFuture) {
}
