package org.patchwork.deploy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.patchwork.platform.test.PlatformProcess;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances each of the gateway, client-network-service and notification-service behave as one: the platform's
 * first instances get a second each, on the same databases, and the gateways stand behind the load balancer that
 * browsers reach. Runs after every other journey (it kills first instances): {@code junit-platform.properties} orders
 * the classes by {@link Order}.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceJourneyTest {

    private static final RestClient HTTP = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    private static final Pattern NOTIFICATION_ID = Pattern.compile("<([0-9a-f-]{36})@");

    /** Access tokens by user, taken again after a minute: one password grant per request would be 350 sign-ins. */
    private static final Map<TestUser, Token> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static TestPlatform platform;
    static PlatformProcess secondGateway;
    static PlatformProcess secondClientNetwork;
    static PlatformProcess secondNotification;
    static JdbcClient clientNetworkDb;
    static JdbcClient notificationDb;

    @BeforeAll
    static void secondInstances() throws Exception {
        platform = TestPlatform.get();
        secondGateway = platform.startAnother(platform.gateway, "gateway", "gateway-b");
        secondClientNetwork = platform.startAnother(platform.clientNetwork, "client-network-service",
                "client-network-service-b");
        secondNotification = platform.startAnother(platform.notification, "notification-service",
                "notification-service-b");
        for (PlatformProcess second : List.of(secondGateway, secondClientNetwork, secondNotification)) {
            second.awaitReady(Duration.ofMinutes(5));
        }
        clientNetworkDb = database(platform.clientNetwork);
        notificationDb = database(platform.notification);
    }

    @Test
    @Order(1)
    void aBrowserSignedInThroughOneGatewayCarriesOnThroughTheOtherAndWhenTheFirstDies() throws Exception {
        URI first = URI.create(platform.gateway.url());
        URI second = URI.create(secondGateway.url());
        String gateway = platform.gatewayUrl();
        platform.balancer.use(first);
        try (Browser browser = Browser.signedIn(gateway, "staffs-fire", "practitioner")) {
            String signedInAs = browser.text(By.id("signed-in-as"));

            platform.balancer.use(second);
            long servedBySecond = platform.balancer.served(second);
            browser.open(gateway + "/");
            assertThat(browser.text(By.id("signed-in-as"))).as("the second gateway knows the session")
                    .isEqualTo(signedInAs);
            assertThat(platform.balancer.served(second)).isGreaterThan(servedBySecond);

            platform.balancer.use(first, second);
            platform.gateway.kill();
            for (int page = 0; page < 3; page++) {
                browser.open(gateway + "/");
                assertThat(browser.text(By.id("signed-in-as"))).as("signed in after the first gateway died")
                        .isEqualTo(signedInAs);
            }
            Object agency = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/directory/me').then(r => r.json()).then(body => done(body.agency));""");
            Object changed = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
                    fetch('/api/directory/me', {method: 'PUT',
                        headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token)},
                        body: JSON.stringify({name: 'Demo Firefighter', jobTitle: 'Home safety officer',
                                              preferredContact: 'MOBILE'})})
                      .then(r => done(r.status));""");
            assertThat(agency).as("the session's tokens relayed by the second gateway").isEqualTo("staffs-fire");
            assertThat(changed).as("a change with the session's CSRF token").isEqualTo(200L);
        } finally {
            platform.balancer.use(second);
        }
    }

    @Test
    @Order(2)
    void lookUpsAlternatingBetweenTwoInstancesReachTheDailyLimitAtTheSameCountAsOne() {
        TestUser searcher = TestKeycloak.get().createUser("schools-partnership", "Example", "Alternating Searcher",
                "practitioner");
        signIn(searcher);
        List<PlatformProcess> instances = List.of(platform.clientNetwork, secondClientNetwork);

        for (int i = 0; i < TestPlatform.LOOKUPS_PER_DAY; i++) {
            assertThat(lookup(instances.get(i % 2), searcher, i).getStatusCode().value()).as("look-up %d", i + 1)
                    .isEqualTo(200);
        }
        for (PlatformProcess instance : instances) {
            ResponseEntity<Object> refused = lookup(instance, searcher, TestPlatform.LOOKUPS_PER_DAY);

            assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(429);
            assertThat(((Map<?, ?>) refused.getBody()).get("detail").toString())
                    .contains("your limit of " + TestPlatform.LOOKUPS_PER_DAY + " look-ups today");
        }
    }

    /**
     * 300 attentions on 50 clients (6 each: the throttle allows 10 an hour per raiser and client), each client's
     * network its lead and one of five colleagues. Each attention is one event and one ATTENTION notification to the
     * colleague; per client the first is sent and the other five coalesced (one kind, client and recipient within
     * 10 minutes). Half-way, the first notification instance is killed while it is delivering.
     */
    @Test
    @Order(3)
    void withOneNotificationInstanceKilledMidWayEveryAlertIsDeliveredExactlyOnce() throws Exception {
        int clients = 50;
        int perClient = 6;
        TestUser lead = TestKeycloak.get().createUser("staffs-fire", "Example", "Busy Lead", "practitioner");
        List<TestUser> colleagues = new ArrayList<>();
        Map<UUID, String> emails = new HashMap<>();
        emails.put(signIn(lead), lead.email());
        for (int i = 0; i < 5; i++) {
            TestUser colleague = TestKeycloak.get().createUser("lichfield-dc", "Example",
                    "Colleague " + (char) ('A' + i), "practitioner");
            colleagues.add(colleague);
            emails.put(signIn(colleague), colleague.email());
        }
        List<PlatformProcess> instances = List.of(platform.clientNetwork, secondClientNetwork);
        List<UUID> clientIds = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            UUID client = registerClient(instances.get(i % 2), lead);
            TestUser colleague = colleagues.get(i % colleagues.size());
            ResponseEntity<Map> joined = HTTP.post().uri(instances.get((i + 1) % 2).url() + "/api/clients/" + client
                            + "/network/join").header(HttpHeaders.AUTHORIZATION, bearer(colleague))
                    .body(Map.of("legalBasis", "SAFEGUARDING_DUTY", "reason", "Working with the family"))
                    .retrieve().toEntity(Map.class);
            assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(201);
            clientIds.add(client);
        }
        double sentByFirst = sent(platform.notification);

        int raised = 0;
        for (int round = 0; round < perClient; round++) {
            for (UUID client : clientIds) {
                ResponseEntity<Map> attention = HTTP.post().uri(instances.get(raised % 2).url() + "/api/clients/"
                                + client + "/attentions").header(HttpHeaders.AUTHORIZATION, bearer(lead))
                        .body(Map.of("message", "Update " + (round + 1) + " on the family", "priority", "NORMAL"))
                        .retrieve().toEntity(Map.class);
                assertThat(attention.getStatusCode().value()).as("%s", attention.getBody()).isEqualTo(201);
                raised++;
                if (raised == clients * perClient / 2) {
                    await().atMost(Duration.ofMinutes(5)).until(() -> sent(platform.notification) > sentByFirst);
                    platform.notification.kill();
                }
            }
        }

        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(statuses(clientIds)).as("ATTENTION notifications by status")
                        .containsExactlyInAnyOrderEntriesOf(Map.of("SENT", (long) clients,
                                "COALESCED", (long) clients * (perClient - 1))));
        assertThat(notificationDb.sql("""
                        SELECT count(*) FROM processed_event WHERE event_id IN
                            (SELECT event_id FROM notification WHERE kind = 'ATTENTION' AND client_id IN (:clients))""")
                .param("clients", clientIds).query(Long.class).single()).as("attention events consumed once each")
                .isEqualTo(clients * perClient);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                emails.forEach(MultiInstanceJourneyTest::assertOneEmailPerSentNotification));
    }

    /**
     * An invitation past its expiry is expired by the next occurrence of the invitation-expiry job (every two
     * minutes in the journeys): one client-network instance runs each occurrence, the other skips it, and the
     * inviter is told once.
     */
    @Test
    @Order(4)
    void eachOccurrenceOfAScheduledJobRunsOnOneInstance() {
        TestUser lead = TestKeycloak.get().createUser("staffs-fire", "Example", "Inviting Lead", "practitioner");
        TestUser invitee = TestKeycloak.get().createUser("lichfield-dc", "Example", "Slow Invitee", "practitioner");
        UUID leadId = signIn(lead);
        UUID inviteeId = signIn(invitee);
        UUID client = registerClient(platform.clientNetwork, lead);
        ResponseEntity<Map> invited = HTTP.post().uri(secondClientNetwork.url() + "/api/clients/" + client
                        + "/invitations").header(HttpHeaders.AUTHORIZATION, bearer(lead))
                .body(Map.of("professionalId", inviteeId, "reason", "Knows the family well"))
                .retrieve().toEntity(Map.class);
        assertThat(invited.getStatusCode().value()).as("%s", invited.getBody()).isEqualTo(201);
        UUID invitation = UUID.fromString((String) invited.getBody().get("id"));
        List<PlatformProcess> instances = List.of(platform.clientNetwork, secondClientNetwork);
        double ranBefore = jobRuns(instances, "ran");
        double skippedBefore = jobRuns(instances, "skipped");

        clientNetworkDb.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", invitation).update();

        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(clientNetworkDb.sql("SELECT status FROM invitation WHERE id = :id").param("id", invitation)
                    .query(String.class).single()).isEqualTo("EXPIRED");
            double ran = jobRuns(instances, "ran") - ranBefore;
            assertThat(ran).as("occurrences run").isGreaterThanOrEqualTo(1);
            assertThat(jobRuns(instances, "skipped") - skippedBefore).as("one skip per occurrence run")
                    .isEqualTo(ran);
        });
        assertThat(clientNetworkDb.sql("SELECT count(*) FROM shedlock WHERE name = 'invitation-expiry'")
                .query(Long.class).single()).as("one lock row for the job").isEqualTo(1);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(notificationDb.sql("""
                                SELECT status FROM notification
                                WHERE kind = 'INVITATION_EXPIRED' AND client_id = :client AND recipient_id = :lead""")
                        .param("client", client).param("lead", leadId).query(String.class).list())
                        .as("the inviter told once").containsExactly("SENT"));
    }

    private static String bearer(TestUser user) {
        return "Bearer " + TOKENS.compute(user, (any, token) -> token == null || token.takenAt().isBefore(
                java.time.Instant.now().minusSeconds(60)) ? new Token(user.accessToken(), java.time.Instant.now())
                : token).value();
    }

    private record Token(String value, java.time.Instant takenAt) {
    }

    private static ResponseEntity<Object> lookup(PlatformProcess instance, TestUser caller, int attempt) {
        return HTTP.post().uri(instance.url() + "/api/clients/lookup")
                .header(HttpHeaders.AUTHORIZATION, bearer(caller))
                .body(Map.of("familyName", "Nobody" + (char) ('a' + attempt), "dateOfBirth", "2011-03-04",
                        "reason", "Checking before a school referral"))
                .retrieve().toEntity(Object.class);
    }

    private static UUID signIn(TestUser practitioner) {
        ResponseEntity<Map> me = HTTP.get().uri(platform.gatewayUrl() + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, bearer(practitioner)).retrieve().toEntity(Map.class);
        assertThat(me.getStatusCode().value()).as("%s", me.getBody()).isEqualTo(200);
        return UUID.fromString((String) me.getBody().get("id"));
    }

    private static UUID registerClient(PlatformProcess instance, TestUser lead) {
        Map<String, Object> client = Map.of(
                "client", Map.of("givenName", "Sam", "familyName", Browser.uniqueName("Scaled"),
                        "dateOfBirth", LocalDate.of(2014, 2, 3).toString(), "address", "3 Example Row, Lichfield",
                        "postcode", "WS13 6YY"),
                "basis", Map.of("legalBasis", "CONSENT", "reason", "Supporting the family after a referral"));
        ResponseEntity<Map> created = HTTP.post().uri(instance.url() + "/api/clients")
                .header(HttpHeaders.AUTHORIZATION, bearer(lead)).body(client).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return UUID.fromString((String) created.getBody().get("id"));
    }

    private static Map<String, Long> statuses(List<UUID> clientIds) {
        Map<String, Long> statuses = new HashMap<>();
        notificationDb.sql("""
                        SELECT status, count(*) AS n FROM notification
                        WHERE kind = 'ATTENTION' AND client_id IN (:clients) GROUP BY status""")
                .param("clients", clientIds).query().listOfRows()
                .forEach(row -> statuses.put((String) row.get("status"), ((Number) row.get("n")).longValue()));
        return statuses;
    }

    /**
     * The mail catcher holds one email for each SENT email notification to the recipient, recognised by its
     * Message-ID (made from the notification's id), and none other. SMTP cannot be asked whether it took a message,
     * so a message whose sender died before recording it may arrive twice with the same Message-ID; only a
     * notification marked as having an unknown outcome may have a second copy.
     */
    private static void assertOneEmailPerSentNotification(UUID recipient, String email) {
        Set<String> sent = new HashSet<>(notificationDb.sql("""
                        SELECT id::text FROM notification WHERE recipient_id = :recipient AND channel = 'EMAIL'
                        AND status = 'SENT'""").param("recipient", recipient).query(String.class).list());
        long mayBeTwice = notificationDb.sql("""
                        SELECT count(*) FROM notification WHERE recipient_id = :recipient AND channel = 'EMAIL'
                        AND status = 'SENT' AND outcome_unknown""").param("recipient", recipient)
                .query(Long.class).single();
        // The mail catcher knows an address from its first email on.
        List<?> messages = HTTP.get().uri(platform.mailCatcher.url() + "/api/user/{email}/messages/INBOX", email)
                .exchange((request, response) -> response.getStatusCode().value() == 200
                        ? response.bodyTo(List.class) : List.of());
        List<String> received = messages.stream().map(message -> {
            String messageId = String.valueOf(((Map<?, ?>) message).get("Message-ID"));
            Matcher id = NOTIFICATION_ID.matcher(messageId);
            return id.find() ? id.group(1) : messageId;
        }).toList();
        assertThat(new HashSet<>(received)).as("emails to %s", email).isEqualTo(sent);
        assertThat(received.size() - sent.size()).as("second copies to %s", email).isBetween(0, (int) mayBeTwice);
    }

    private static double sent(PlatformProcess notification) {
        return Prometheus.scrape(notification.managementPort()).sum("patchwork_alerts_deliveries_total",
                "outcome", "sent");
    }

    private static double jobRuns(List<PlatformProcess> instances, String outcome) {
        return instances.stream().mapToDouble(instance -> Prometheus.scrape(instance.managementPort())
                .sum("patchwork_scheduled_job_total", "job", "invitation-expiry", "outcome", outcome)).sum();
    }

    private static JdbcClient database(PlatformProcess part) {
        Map<String, String> settings = platform.databaseOf(part);
        // One connection each: the test run's PostgreSQL serves every part, twice over.
        return JdbcClient.create(new SingleConnectionDataSource(settings.get("url"), settings.get("user"),
                settings.get("password"), true));
    }
}
