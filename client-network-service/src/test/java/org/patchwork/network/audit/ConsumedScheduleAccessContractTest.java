package org.patchwork.network.audit;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail reads the schedule's access records as the schedule service's contract publishes them. */
class ConsumedScheduleAccessContractTest {

    private static final EventContracts SCHEDULE = EventContracts.of("schedule-service");

    @Test
    void theTrailReadsTheEventTypeTheSchedulePublishes() {
        assertThat(SCHEDULE.types("schedule.access")).contains(ScheduleAccessListener.TYPE);
    }

    @Test
    void theExampleIsReadWithWhoDidWhatToWhichClients() {
        AuditLog.ScheduleAccess access = SCHEDULE.exampleAs("schedule.access", ScheduleAccessListener.TYPE,
                AuditLog.ScheduleAccess.class);

        assertThat(access.occurredAt()).isNotNull();
        assertThat(access.professional().id()).isNotNull();
        assertThat(access.professional().keycloakSubject()).isNotBlank();
        assertThat(access.professional().agency()).isNotBlank();
        assertThat(access.action()).isNotBlank();
        assertThat(access.clientIds()).isNotEmpty();
    }
}
