package org.patchwork.schedule.membership;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network copy reads every client and membership event as the client network's contracts publish them; the one
 * that carries no network, ClientRecordsErased, names the client whose records are erased.
 */
class ConsumedNetworkContractsTest {

    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");
    private static final String ERASED = "ClientRecordsErased";

    @Test
    void everyClientAndMembershipEventExampleCarriesTheNetworkAsItIsAfterTheEvent() {
        assertThat(CLIENT_NETWORK.types("network.clients")).contains("ClientClosed", "ClientReopened");
        for (String topic : new String[] {"network.clients", "network.memberships"}) {
            for (String type : CLIENT_NETWORK.types(topic)) {
                if (type.equals(ERASED)) {
                    continue;
                }
                NetworkEvent event = CLIENT_NETWORK.exampleAs(topic, type, NetworkEvent.class);
                assertThat(event.carriesTheNetwork()).as(type).isTrue();
                assertThat(event.clientInitials()).as(type).isNotBlank();
                assertThat(event.memberIds()).as(type).contains(event.leadProfessionalId());
            }
        }
    }

    @Test
    void theErasureNamesTheClientAndNothingElseAboutThem() {
        NetworkEvent event = CLIENT_NETWORK.exampleAs("network.clients", ERASED, NetworkEvent.class);

        assertThat(event.clientId()).isNotNull();
        assertThat(event.carriesTheNetwork()).as("no network: the copy is erased, not replaced").isFalse();
        assertThat(event.clientInitials()).isNull();
    }
}
