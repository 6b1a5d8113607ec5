package org.patchwork.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.api.LegalBasis;
import org.patchwork.web.api.NotificationApi;
import org.patchwork.web.api.ScheduleApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The web app's typed API clients against the services' own stubs: Stub Runner serves the stubs generated from the
 * API contracts of the schedule, the directory, the client network and the notification service (their
 * {@code stubs} jars, built earlier in the same build). A request
 * the producers do not promise gets WireMock's 404, which the clients turn into a failing {@code ApiProblemException}.
 * The signed-in user's token is relayed as on a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProducerStubsTest {

    private static final int SCHEDULE_PORT = freePort();
    private static final int DIRECTORY_PORT = freePort();
    private static final int CLIENT_NETWORK_PORT = freePort();
    private static final int NOTIFICATION_PORT = freePort();

    @RegisterExtension
    static final StubRunnerExtension PRODUCERS = new StubRunnerExtension()
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH)
            .downloadStub("org.patchwork:schedule-service:+:stubs:" + SCHEDULE_PORT)
            .downloadStub("org.patchwork:directory-service:+:stubs:" + DIRECTORY_PORT)
            .downloadStub("org.patchwork:client-network-service:+:stubs:" + CLIENT_NETWORK_PORT)
            .downloadStub("org.patchwork:notification-service:+:stubs:" + NOTIFICATION_PORT);

    @Autowired
    ScheduleApi schedule;

    @Autowired
    DirectoryApi directory;

    @Autowired
    ClientNetworkApi clientNetwork;

    @Autowired
    NotificationApi notification;

    @DynamicPropertySource
    static void producersStubs(DynamicPropertyRegistry registry) {
        String issuer = TestKeycloak.get().issuer();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer + "/protocol/openid-connect/certs");
        registry.add("spring.http.serviceclient.schedule.base-url", () -> "http://127.0.0.1:" + SCHEDULE_PORT);
        registry.add("spring.http.serviceclient.directory.base-url", () -> "http://127.0.0.1:" + DIRECTORY_PORT);
        registry.add("spring.http.serviceclient.client-network.base-url",
                () -> "http://127.0.0.1:" + CLIENT_NETWORK_PORT);
        registry.add("spring.http.serviceclient.notification.base-url",
                () -> "http://127.0.0.1:" + NOTIFICATION_PORT);
    }

    @BeforeEach
    void signedIn() {
        Jwt token = Jwt.withTokenValue("caller-access-token").header("alg", "RS256").subject("caller").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVisitIsScheduledAsTheScheduleServiceTakesIt() {
        ScheduleApi.NewVisit visit = new ScheduleApi.NewVisit(null, Instant.parse("2027-07-01T08:15:00Z"), 45,
                "SCHOOL", "Review");

        assertThatNoException().isThrownBy(() -> schedule.scheduleVisit(UUID.randomUUID(), visit));
    }

    @Test
    void myEntryIsReadAndMyDetailsChangedAsTheDirectoryTakesThem() {
        DirectoryApi.Me me = directory.me();

        assertThat(me.agency()).isEqualTo("lichfield-dc");
        assertThat(me.name()).isEqualTo("Sample Contract Caller");
        assertThat(me.jobTitle()).isEqualTo("Family support worker");
        assertThat(me.preferredContact()).isEqualTo("EMAIL");
        assertThatNoException().isThrownBy(() -> directory.updateMe(new DirectoryApi.MyDetails(me.jobTitle(),
                "Early help", me.workPhone(), me.mobile(), me.preferredContact())));
    }

    @Test
    void aClientsOverviewIsReadWithTheTeamTheAttentionsAndTheSchedule() {
        ClientNetworkApi.Overview overview = clientNetwork.overview(UUID.randomUUID());

        assertThat(overview.client().id()).isNotNull();
        assertThat(overview.client().givenName()).isEqualTo("Jo");
        assertThat(overview.client().familyName()).isEqualTo("Contract");
        assertThat(overview.client().dateOfBirth()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(overview.client().address()).isEqualTo("1 Example Row, Lichfield");
        assertThat(overview.client().postcode()).isEqualTo("WS13 6YY");
        assertThat(overview.client().status()).isEqualTo("OPEN");
        assertThat(overview.network()).hasSize(2).allSatisfy(member -> {
            assertThat(member.professionalId()).isNotNull();
            assertThat(member.name()).startsWith("Sample Contract");
            assertThat(member.jobTitle()).isEqualTo("Practitioner");
            assertThat(member.workPhone()).isEqualTo("01543 308000");
            assertThat(member.email()).contains("@");
            assertThat(member.preferredContact()).isEqualTo("WORK_PHONE");
            assertThat(member.memberSince()).isNotNull();
            assertThat(member.legalBasis()).isIn("CONSENT", "SAFEGUARDING_DUTY");
        });
        assertThat(overview.iAmLead()).as("the caller's id is the lead's").isTrue();
        assertThat(overview.attentions()).singleElement().satisfies(attention -> {
            assertThat(attention.id()).isNotNull();
            assertThat(attention.raisedByName()).isEqualTo("Sample Contract Firefighter");
            assertThat(attention.raisedByAgency()).isEqualTo("staffs-fire");
            assertThat(attention.priority()).isEqualTo("NORMAL");
            assertThat(attention.message()).isNotBlank();
            assertThat(attention.raisedAt()).isNotNull();
        });
        ClientNetworkApi.OverviewSchedule schedule = overview.schedule();
        assertThat(schedule.available()).isTrue();
        assertThat(schedule.upcomingVisits()).singleElement().satisfies(visit -> {
            assertThat(visit.visitorName()).isEqualTo("Sample Contract Nurse");
            assertThat(visit.visitorAgency()).isEqualTo("nhs-primary-care");
            assertThat(visit.visitorJobTitle()).isEqualTo("Practice Nurse");
            assertThat(visit.kind()).isEqualTo("HOME_VISIT");
            assertThat(visit.startsAt()).isBefore(visit.endsAt());
            assertThat(visit.durationMinutes()).isEqualTo(45);
            assertThat(visit.purpose()).isEqualTo("Home safety check");
        });
        assertThat(schedule.recentContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.professionalName()).isEqualTo("Sample Contract Nurse");
            assertThat(contact.jobTitle()).isEqualTo("Practice Nurse");
            assertThat(contact.contactedAt()).isNotNull();
            assertThat(contact.channel()).isEqualTo("HOME_VISIT");
            assertThat(contact.outcome()).isEqualTo("COMPLETED");
        });
        assertThat(schedule.lastSeenAt()).isNotNull();
        assertThat(schedule.daysSinceSeen()).isEqualTo(3);
        assertThat(schedule.notSeenThresholdDays()).isEqualTo(14);
    }

    @Test
    void myCaseloadIsReadWithNextVisitLastContactAndDaysSinceSeen() {
        ClientNetworkApi.Caseload caseload = clientNetwork.caseload();

        assertThat(caseload.clients()).singleElement().satisfies(entry -> {
            assertThat(entry.client().id()).isNotNull();
            assertThat(entry.client().givenName()).isEqualTo("Jo");
            assertThat(entry.client().familyName()).isEqualTo("Contract");
            assertThat(entry.client().dateOfBirth()).isEqualTo(LocalDate.of(2015, 4, 1));
            assertThat(entry.client().status()).isEqualTo("OPEN");
            assertThat(entry.client().myRole()).isEqualTo("LEAD");
            assertThat(entry.client().memberSince()).isNotNull();
            assertThat(entry.client().attentions()).isEqualTo(1);
            assertThat(entry.client().urgentAttentions()).isZero();
            assertThat(entry.nextVisit().visitId()).isNotNull();
            assertThat(entry.nextVisit().professionalId()).isNotNull();
            assertThat(entry.nextVisit().name()).isEqualTo("Sample Contract Firefighter");
            assertThat(entry.nextVisit().agency()).isEqualTo("staffs-fire");
            assertThat(entry.nextVisit().kind()).isEqualTo("HOME_VISIT");
            assertThat(entry.nextVisit().startsAt()).isNotNull();
            assertThat(entry.lastContact().contactId()).isNotNull();
            assertThat(entry.lastContact().name()).isEqualTo("Sample Contract Caller");
            assertThat(entry.lastContact().agency()).isEqualTo("lichfield-dc");
            assertThat(entry.lastContact().contactedAt()).isEqualTo(entry.lastSeenAt());
            assertThat(entry.lastContact().channel()).isEqualTo("HOME_VISIT");
            assertThat(entry.lastContact().outcome()).isEqualTo("COMPLETED");
            assertThat(entry.daysSinceSeen()).isEqualTo(2);
        });
    }

    @Test
    void aClientIsRegisteredAndAnAttentionRaisedAsTheClientNetworkTakesThem() {
        ClientNetworkApi.NewClient client = new ClientNetworkApi.NewClient(new ClientNetworkApi.ClientDetails("Sam",
                "Contractregistered", "Sammy", LocalDate.of(2016, 5, 2), "2 Example Row, Lichfield", "WS13 6YY",
                "LDC-0001"), new ClientNetworkApi.Basis(LegalBasis.CONSENT, "Supporting the family after a referral",
                null), false);

        assertThat(clientNetwork.register(client).id()).isNotNull();
        assertThatNoException().isThrownBy(() -> clientNetwork.raiseAttention(UUID.randomUUID(),
                new ClientNetworkApi.NewAttention("Family moving house next month", "URGENT")));
    }

    @Test
    void myAlertPreferencesAreReadAndReplacedAsTheNotificationServiceTakesThem() {
        NotificationApi.Preferences preferences = notification.preferences();

        assertThat(preferences.channels()).containsEntry("ATTENTION", "EMAIL")
                .containsEntry("URGENT_ATTENTION", "BOTH").containsEntry("NO_ACCESS", "BOTH");
        assertThat(preferences.quietHours().fromText()).isEqualTo("21:00");
        assertThat(preferences.quietHours().untilText()).isEqualTo("07:00");
        assertThat(preferences.quietHours().timeZone()).isEqualTo("Europe/London");
        assertThat(preferences.dailyDigest()).isFalse();
        assertThatNoException().isThrownBy(() -> notification.savePreferences(new NotificationApi.Preferences(
                Map.of("ATTENTION", "SMS", "URGENT_ATTENTION", "BOTH", "MEMBER_JOINED", "NONE"),
                new NotificationApi.QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 30), "Europe/London"), true)));
    }

    @Test
    void theAlertsSentToMeAreReadAPageAtATime() {
        NotificationApi.History history = notification.history(0, 20);

        assertThat(history.page()).isZero();
        assertThat(history.size()).isEqualTo(20);
        assertThat(history.totalItems()).isEqualTo(1);
        assertThat(history.hasNext()).isFalse();
        assertThat(history.items()).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isNotNull();
            assertThat(alert.kind()).isEqualTo("NO_ACCESS");
            assertThat(alert.channel()).isEqualTo("EMAIL");
            assertThat(alert.subject()).isNotBlank();
            assertThat(alert.status()).isEqualTo("SENT");
            assertThat(alert.attempts()).isEqualTo(1);
            assertThat(alert.createdAt()).isBefore(alert.sentAt());
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
