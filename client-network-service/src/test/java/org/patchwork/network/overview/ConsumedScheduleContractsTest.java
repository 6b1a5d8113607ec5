package org.patchwork.network.overview;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseload's copy reads the schedule's events as the schedule service's contracts publish them. */
class ConsumedScheduleContractsTest {

    private static final EventContracts SCHEDULE = EventContracts.of("schedule-service");

    @Test
    void everyVisitEventTheCopyKeepsIsOneTheSchedulePublishes() {
        assertThat(SCHEDULE.types("schedule.visits")).containsAll(ScheduleEventsListener.VISIT_STATUS.keySet())
                .contains("ContactRecorded");
    }

    @Test
    void everyVisitEventExampleIsReadWithTheVisitAsItIsNow() {
        for (String type : ScheduleEventsListener.VISIT_STATUS.keySet()) {
            ScheduleEvents.VisitChanged event = SCHEDULE.exampleAs("schedule.visits", type,
                    ScheduleEvents.VisitChanged.class);
            assertThat(event.clientId()).as(type).isNotNull();
            assertThat(event.occurredAt()).as(type).isNotNull();
            assertThat(event.visit().visitId()).as(type).isNotNull();
            assertThat(event.visit().visitor().id()).as(type).isNotNull();
            assertThat(event.visit().visitor().agency()).as(type).isNotBlank();
            assertThat(event.visit().startsAt()).as(type).isNotNull();
            assertThat(event.visit().durationMinutes()).as(type).isPositive();
            assertThat(event.visit().kind()).as(type).isNotBlank();
        }
    }

    @Test
    void theContactRecordedExampleIsReadWithWhoContactedTheClientAndWhetherTheySawThem() {
        ScheduleEvents.ContactRecorded contact = SCHEDULE.exampleAs("schedule.visits", "ContactRecorded",
                ScheduleEvents.ContactRecorded.class);

        assertThat(contact.clientId()).isNotNull();
        assertThat(contact.contactId()).isNotNull();
        assertThat(contact.professional().id()).isNotNull();
        assertThat(contact.contactedAt()).isNotNull();
        assertThat(contact.channel()).isNotBlank();
        assertThat(contact.outcome()).isNotBlank();
        assertThat(contact.seesTheClient()).isTrue();
    }
}
