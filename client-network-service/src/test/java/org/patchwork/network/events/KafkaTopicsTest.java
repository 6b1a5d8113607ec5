package org.patchwork.network.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.events.TopicsProperties;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service declares the topics it produces (the test run declares 6 partitions, where the broker would create 3
 * by itself), and every event about one client goes to the partition its id picks, so the client's events stay
 * in order for each consumer.
 */
class KafkaTopicsTest extends NetworkIntegrationTest {

    private static final List<String> KEPT_FOREVER = List.of("network.clients", "network.memberships");
    private static final List<String> KEPT_BRIEFLY = List.of("network.attentions", "network.lookups");

    @Autowired
    TopicsProperties topics;

    @Test
    void theTopicsThisServiceProducesAreDeclaredWithTheirPartitionsAndRetention() throws Exception {
        assertThat(topics.partitions()).isEqualTo(6);
        List<String> names = Stream.concat(KEPT_FOREVER.stream(), KEPT_BRIEFLY.stream()).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
            assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));

            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all().get();
            configs.forEach((topic, config) -> assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .as(topic.name()).isEqualTo(KEPT_FOREVER.contains(topic.name())
                            ? "-1" : String.valueOf(topics.shortRetention().toMillis())));
        }
    }

    @Test
    void everyEventAboutOneClientGoesToThePartitionItsIdPicks() {
        Pro lead = professional("schools-partnership", "Example", "Partition Lead", "practitioner");
        Pro colleague = professional("schools-partnership", "Example", "Partition Colleague", "practitioner");
        UUID client = registerClient(lead, uniqueFamilyName());
        join(colleague, client);

        List<ConsumerRecord<String, byte[]>> clientEvents = records("network.clients", client, found -> !found.isEmpty());
        List<ConsumerRecord<String, byte[]>> membershipEvents = records("network.memberships", client,
                found -> found.stream().anyMatch(record -> type(record).equals("MemberJoinedNetwork")));

        int partition = Utils.toPositive(Utils.murmur2(client.toString().getBytes(StandardCharsets.UTF_8))) % 6;
        assertThat(Stream.concat(clientEvents.stream(), membershipEvents.stream()))
                .allSatisfy(record -> assertThat(record.partition()).as(type(record)).isEqualTo(partition));
    }
}
