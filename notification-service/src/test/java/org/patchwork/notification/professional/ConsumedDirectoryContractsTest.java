package org.patchwork.notification.professional;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.contracts.EventContracts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy of professionals reads the directory's professional events as the directory's contracts publish them:
 * each type the router reads is one the directory publishes, its example goes into the record of its type, and
 * every field the records read is in the example, so a directory that stops sending one fails here.
 */
class ConsumedDirectoryContractsTest {

    private static final EventContracts DIRECTORY = EventContracts.of("directory-service");
    private static final String TOPIC = "directory.professionals";

    @Test
    void everyTypeTheCopyReadsIsOneTheDirectoryPublishes() {
        assertThat(DIRECTORY.types(TOPIC)).containsAll(DirectoryEventRouter.TYPES.keySet());
    }

    @Test
    void everyExampleIsReadIntoTheRecordOfItsTypeWithHowToReachTheProfessional() {
        DirectoryEventRouter.TYPES.forEach((type, record) -> {
            DirectoryEvent event = DIRECTORY.exampleAs(TOPIC, type, record);
            assertThat(event).as(type).isInstanceOf(record);
            assertThat(event.occurredAt()).as(type).isNotNull();
            assertThat(event.professional().id()).as(type).isNotNull();
            assertThat(event.professional().keycloakSubject()).as(type).isNotBlank();
            assertThat(event.professional().name()).as(type).isNotBlank();
            assertThat(event.professional().email()).as(type).contains("@");
            assertThat(event.professional().agency()).as(type).isNotBlank();
            assertThat(event.professional().status()).as(type).isNotBlank();
        });
    }

    @Test
    void everyFieldTheCopyReadsIsInTheDirectorysExample() {
        DirectoryEventRouter.TYPES.keySet().forEach(type -> {
            JsonNode example = DIRECTORY.exampleAsWritten(TOPIC, type);
            assertThat(example.has("occurredAt")).as(type + ": occurredAt").isTrue();
            for (var component : DirectoryEvent.DirectoryProfessional.class.getRecordComponents()) {
                assertThat(example.get("professional").has(component.getName()))
                        .as(type + ": professional." + component.getName()).isTrue();
            }
        });
    }
}
