package org.patchwork.network.professional;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact copy reads the directory's professional events as the directory's contracts publish them. */
class ConsumedDirectoryContractsTest {

    private static final EventContracts DIRECTORY = EventContracts.of("directory-service");

    @Test
    void everyProfessionalEventExampleIsReadWithTheContactDetailsTheTeamShows() {
        List<String> read = List.of("ProfessionalRegistered", "ProfessionalUpdated", "ProfessionalLeft");
        assertThat(DIRECTORY.types("directory.professionals")).containsAll(read);
        for (String type : read) {
            DirectoryEvent event = DIRECTORY.exampleAs("directory.professionals", type,
                    DirectoryEventRouter.TYPES.get(type));
            assertThat(event.occurredAt()).as(type).isNotNull();
            ProfessionalContact professional = event.professional().contact();
            assertThat(professional.id()).as(type).isNotNull();
            assertThat(professional.agency()).as(type).isNotBlank();
            assertThat(professional.name()).as(type).isNotBlank();
            assertThat(professional.preferredContact()).as(type).isNotBlank();
            assertThat(professional.status()).as(type).isNotBlank();
        }
    }

    @Test
    void aSensitiveRolesEventIsReadWithItsAgencysDutyContactInPlaceOfItsOwn() {
        tools.jackson.databind.node.ObjectNode example = DIRECTORY.example("directory.professionals",
                "ProfessionalUpdated");
        tools.jackson.databind.node.ObjectNode professional = (tools.jackson.databind.node.ObjectNode) example
                .get("professional");
        professional.put("contactThroughDuty", true).putNull("workPhone").putNull("mobile")
                .put("dutyPhone", "01543 300111").put("dutyEmail", "duty@lichfield-dc.example");
        assertThat(DIRECTORY.problems("directory.professionals", "ProfessionalUpdated", example)).isEmpty();

        ProfessionalContact shown = tools.jackson.databind.json.JsonMapper.builder().build()
                .treeToValue(example, DirectoryEvent.ProfessionalUpdated.class).professional().contact();

        assertThat(shown.contactThroughDuty()).isTrue();
        assertThat(shown.workPhone()).isEqualTo("01543 300111");
        assertThat(shown.mobile()).isNull();
        assertThat(shown.email()).isEqualTo("duty@lichfield-dc.example");
    }
}
