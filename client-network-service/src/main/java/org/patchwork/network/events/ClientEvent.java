package org.patchwork.network.events;

import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;

/**
 * What every event of this service carries: which client (also the CloudEvents subject and the Kafka key, so
 * one client's events stay in order), the client's initials for a notification, and who caused it ({@code null}
 * for the system itself).
 */
public interface ClientEvent extends IntegrationEvent {

    UUID clientId();

    String clientInitials();

    UUID actorProfessionalId();

    @Override
    default String subject() {
        return clientId().toString();
    }
}
