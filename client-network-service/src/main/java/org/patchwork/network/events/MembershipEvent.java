package org.patchwork.network.events;

import java.util.List;
import java.util.UUID;

/**
 * An event after which the network is as these fields say: consumers keep their own copy of who is in each
 * network from them alone.
 */
public interface MembershipEvent extends ClientEvent {

    /** The current members after the change, the lead included. */
    List<UUID> memberIds();

    /** The current lead after the change; {@code null} while the network has none. */
    UUID leadProfessionalId();
}
