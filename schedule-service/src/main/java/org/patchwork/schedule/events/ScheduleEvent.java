package org.patchwork.schedule.events;

import java.util.List;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;

/**
 * What every event of this service carries: which client (also the CloudEvents subject and the Kafka key, so one
 * client's events stay in order), the client's initials for a notification, who caused it ({@code null} for the
 * service itself) and the client's current network, so a consumer finds the recipients without calling back.
 */
public interface ScheduleEvent extends IntegrationEvent {

    UUID clientId();

    String clientInitials();

    UUID actorProfessionalId();

    List<UUID> memberIds();

    @Override
    default String subject() {
        return clientId().toString();
    }
}
