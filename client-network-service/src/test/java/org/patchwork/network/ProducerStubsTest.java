package org.patchwork.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.patchwork.network.overview.ScheduleClient;
import org.patchwork.network.overview.ScheduleOverview;
import org.patchwork.network.professional.DirectoryClient;
import org.patchwork.network.professional.DirectoryProfessional;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service with the schedule's and the directory's own stubs in place of those services: Stub Runner serves
 * the stubs generated from their API contracts (the {@code stubs} jars built earlier in the same build, on the test
 * classpath). A call this service makes that no contract describes gets WireMock's 404, so a test of the Feign
 * clients here fails when this service asks something the producers do not promise, or reads a field they do not
 * answer with.
 */
@PatchworkServiceTest
class ProducerStubsTest {

    private static final int SCHEDULE_PORT = freePort();
    private static final int DIRECTORY_PORT = freePort();

    @RegisterExtension
    static final StubRunnerExtension PRODUCERS = new StubRunnerExtension()
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH)
            .downloadStub("org.patchwork:schedule-service:+:stubs:" + SCHEDULE_PORT)
            .downloadStub("org.patchwork:directory-service:+:stubs:" + DIRECTORY_PORT);

    @Autowired
    ScheduleClient schedule;

    @Autowired
    DirectoryClient directory;

    @DynamicPropertySource
    static void producersStubs(DynamicPropertyRegistry registry) {
        registry.add("patchwork.network.schedule-url", () -> "http://127.0.0.1:" + SCHEDULE_PORT);
        registry.add("patchwork.network.directory-url", () -> "http://127.0.0.1:" + DIRECTORY_PORT);
    }

    @Test
    void theScheduleOverviewIsReadWithEveryFieldTheClientPageShows() {
        ScheduleOverview overview = schedule.overview("Bearer caller-token", UUID.randomUUID());

        assertThat(overview).as("an answer of the schedule, not the fallback's").isNotNull();
        assertThat(overview.upcomingVisits()).singleElement().satisfies(visit -> {
            assertThat(visit.id()).isNotNull();
            assertThat(visit.visitorProfessionalId()).isNotNull();
            assertThat(visit.visitorName()).isEqualTo("Sample Contract Nurse");
            assertThat(visit.visitorAgency()).isEqualTo("nhs-primary-care");
            assertThat(visit.visitorJobTitle()).isEqualTo("Practice Nurse");
            assertThat(visit.kind()).isEqualTo("HOME_VISIT");
            assertThat(visit.startsAt()).isBefore(visit.endsAt());
            assertThat(visit.durationMinutes()).isEqualTo(45);
            assertThat(visit.purpose()).isEqualTo("Home safety check");
        });
        assertThat(overview.recentContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.id()).isNotNull();
            assertThat(contact.professionalName()).isEqualTo("Sample Contract Nurse");
            assertThat(contact.agency()).isEqualTo("nhs-primary-care");
            assertThat(contact.jobTitle()).isEqualTo("Practice Nurse");
            assertThat(contact.contactedAt()).isNotNull();
            assertThat(contact.channel()).isEqualTo("HOME_VISIT");
            assertThat(contact.outcome()).isEqualTo("COMPLETED");
        });
        assertThat(overview.lastSeenAt()).isEqualTo(overview.recentContacts().getFirst().contactedAt());
        assertThat(overview.daysSinceSeen()).isEqualTo(3);
        assertThat(overview.notSeenThresholdDays()).isEqualTo(14);
    }

    @Test
    void theCallersOwnEntryIsReadWithHowToReachThem() {
        DirectoryProfessional me = directory.me("Bearer caller-token");

        assertThat(me).as("an answer of the directory, not the fallback's").isNotNull();
        assertThat(me.id()).isNotNull();
        assertThat(me.agency()).isEqualTo("lichfield-dc");
        assertThat(me.name()).isEqualTo("Sample Contract Caller");
        assertThat(me.jobTitle()).isEqualTo("Family support worker");
        assertThat(me.workPhone()).isEqualTo("01543 308000");
        assertThat(me.mobile()).isEqualTo("07700 900123");
        assertThat(me.email()).contains("@");
        assertThat(me.preferredContact()).isEqualTo("EMAIL");
        assertThat(me.status()).isEqualTo("ACTIVE");
    }

    @Test
    void aProfessionalIsReadByIdWithHowToReachThem() {
        UUID id = UUID.fromString("5d8a2c6e-1b4f-4e7a-9c3d-2f1e0a9b8c77");

        assertThat(directory.professional("Bearer caller-token", id)).hasValueSatisfying(professional -> {
            assertThat(professional.id()).isEqualTo(id);
            assertThat(professional.agency()).isEqualTo("staffs-fire");
            assertThat(professional.name()).isEqualTo("Sample Contract Firefighter");
            assertThat(professional.jobTitle()).isEqualTo("Home safety officer");
            assertThat(professional.workPhone()).isEqualTo("01785 898000");
            assertThat(professional.mobile()).isEqualTo("07700 900456");
            assertThat(professional.email()).isEqualTo("firefighter@staffs-fire.example");
            assertThat(professional.preferredContact()).isEqualTo("WORK_PHONE");
            assertThat(professional.status()).isEqualTo("ACTIVE");
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
