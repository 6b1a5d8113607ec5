package org.patchwork.notification.membership;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The copy of each client's network follows the events, keeping the newest word whatever order they arrive in. */
class NetworkCopyTest extends NotificationIntegrationTest {

    @Autowired
    NetworkRepository networks;

    @Test
    void anOlderEventArrivingLateDoesNotRollTheNetworkBack() {
        Pro lead = professional("Demo Lead");
        Pro nurse = professional("Demo Nurse");
        Pro teacher = professional("Demo Teacher");
        UUID clientId = UUID.randomUUID();
        Instant joinedAt = Instant.now().minusSeconds(5);

        publish("network.memberships", "LeadProfessionalChanged", clientId, with(
                clientEvent(clientId, lead, List.of(lead, nurse, teacher), nurse), "occurredAt", joinedAt.plusSeconds(1)));
        Map<String, Object> late = with(clientEvent(clientId, teacher, List.of(lead, teacher), lead),
                "occurredAt", joinedAt, "professional", ref(teacher));
        publish("network.memberships", "MemberJoinedNetwork", clientId, late);

        awaitConsumed(late.get("eventId"));
        Network network = networks.find(clientId);
        assertThat(network.memberIds()).containsExactlyInAnyOrder(lead.id(), nurse.id(), teacher.id());
        assertThat(network.leadId()).isEqualTo(nurse.id());
    }
}
