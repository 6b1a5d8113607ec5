package org.patchwork.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.Release;
import org.patchwork.platform.test.TestApi;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web app's pages for alert preferences, staff administration and the audit, requested with real tokens of
 * the test run's Keycloak, in front of a fake of the services' APIs: who may open which page, what each page asks
 * the services, and how it shows their answers and refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPagesTest {

    static final String AGENCY = "lichfield-dc";
    static final FakeServices services = FakeServices.start();
    static TestUser practitioner;
    static TestUser administrator;
    static TestUser igOfficer;
    static TestUser administratorOnly;
    static TestUser manager;
    static TestUser platformAdmin;

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        String issuer = TestKeycloak.get().issuer();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer + "/protocol/openid-connect/certs");
        for (String service : new String[] {"directory", "client-network", "schedule", "notification"}) {
            registry.add("spring.http.serviceclient." + service + ".base-url", services::url);
        }
    }

    @BeforeAll
    static void users() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        practitioner = TestKeycloak.get().createUser(AGENCY, "Web" + run, "Practitioner", "practitioner");
        administrator = TestKeycloak.get().createUser(AGENCY, "Web" + run, "Administrator", "practitioner",
                "agency-admin");
        igOfficer = TestKeycloak.get().createUser(AGENCY, "Web" + run, "Officer", "practitioner", "ig-officer");
        administratorOnly = TestKeycloak.get().createUser(AGENCY, "Web" + run, "Back Office", "agency-admin");
        manager = TestKeycloak.get().createUser(AGENCY, "Web" + run, "Team Manager", "practitioner", "manager");
        platformAdmin = TestKeycloak.get().createUser(null, "Web" + run, "Platform Admin", "platform-admin");
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    @BeforeEach
    void organisation() {
        services.reset();
        services.answer("GET", "/api/directory/agencies/" + AGENCY, 200,
                "{\"code\":\"lichfield-dc\",\"name\":\"Lichfield District Council\"}");
    }

    Pages as(TestUser user) {
        return new Pages(port, user.accessToken());
    }

    @Test
    void eachPageServedAndEachServiceCallMadeIsInTheMetricsOnTheManagementPort() {
        services.answer("GET", "/api/directory/me", 200, PROFILE)
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES);
        double before = profilePages(Prometheus.scrape(managementPort));

        assertThat(as(practitioner).get("/profile").statusCode()).isEqualTo(200);

        // The request is recorded as its observation ends, just after the answer went out.
        await().untilAsserted(() -> assertThat(profilePages(Prometheus.scrape(managementPort)) - before).isEqualTo(1));
        Prometheus after = Prometheus.scrape(managementPort);
        assertThat(after.has("http_client_requests_seconds_count", "application", "web-app"))
                .as("the calls to the services").isTrue();
        assertThat(after.has("jvm_memory_used_bytes")).isTrue();
    }

    @Test
    void theManagementPortSaysWhichReleaseOfTheWebAppAnswers() throws Exception {
        HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"release\":\"" + Release.ofThisPart() + "\"");
    }

    private static double profilePages(Prometheus metrics) {
        return metrics.sum("http_server_requests_seconds_count", "uri", "/profile", "status", "200");
    }

    @Test
    void aPractitionerIsNotOfferedStaffOrAuditPagesAndIsRefusedThem() {
        services.answer("GET", "/api/directory/me", 200, PROFILE)
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES);
        Pages pages = as(practitioner);

        assertThat(pages.get("/profile").body()).contains("My profile").doesNotContain("href=\"/staff\"")
                .doesNotContain("href=\"/audit\"");
        HttpResponse<String> staff = pages.get("/staff");
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(staff.body()).contains("You cannot do this");
        assertThat(pages.get("/staff/import").statusCode()).isEqualTo(403);
        assertThat(pages.get("/audit?search=true").statusCode()).isEqualTo(403);
        assertThat(services.received("GET", "/api/directory/agencies/lichfield-dc/staff")).isEmpty();
        assertThat(services.received("GET", "/api/audit")).isEmpty();
    }

    @Test
    void aProfessionalWhoseAccessEndedWhileSignedInIsToldSoNotThatTheirRoleForbidsIt() {
        Pages pages = as(practitioner);
        services.answer("GET", "/api/directory/me", 403, problem("professional-left",
                "Your Patchwork access has ended: your agency has recorded that you left."));

        HttpResponse<String> left = pages.get("/profile");

        assertThat(left.statusCode()).isEqualTo(403);
        assertThat(left.body()).contains("id=\"access-ended\"", "Your agency has recorded that you have left it",
                "id=\"sign-out\"").doesNotContain("You cannot do this");

        services.answer("GET", "/api/directory/me", 403, problem("agency-suspended",
                "Your organisation's access to Patchwork is suspended."));

        assertThat(pages.get("/profile").body()).contains("access to Patchwork is suspended under the data sharing")
                .doesNotContain("You cannot do this");
    }

    @Test
    void aPractitionerSeesWhichTeamsAskWhetherTheyAreStillInvolvedAndConfirmsOneOrAll() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        services.answer("GET", "/api/me/confirmations", 200, """
                [{"membershipId": "%s", "clientId": "%s", "givenName": "Robin", "familyName": "Example",
                  "dateOfBirth": "2016-03-04", "role": "MEMBER", "legalBasis": "CONSENT",
                  "lastConfirmedAt": "2026-09-01T09:00:00Z", "confirmationRequestedAt": "2026-11-30T09:00:00Z",
                  "confirmationAwaited": true, "reviewDate": null, "reviewDue": false,
                  "lapsesAt": "2026-12-14T09:00:00Z"},
                 {"membershipId": "%s", "clientId": "%s", "givenName": "Sam", "familyName": "Sample",
                  "dateOfBirth": "2012-07-08", "role": "LEAD", "legalBasis": "SAFEGUARDING_DUTY",
                  "lastConfirmedAt": "2026-10-01T09:00:00Z", "confirmationRequestedAt": null,
                  "confirmationAwaited": false, "reviewDate": "2026-12-20", "reviewDue": true,
                  "lapsesAt": "2026-12-21T00:00:00Z"}]""".formatted(UUID.randomUUID(), first, UUID.randomUUID(), second))
                .answer("POST", "/api/clients/" + first + "/network/confirm", 200, "{}")
                .answer("POST", "/api/me/confirmations/confirm-all", 200, "{\"confirmed\": 2}");
        Pages pages = as(practitioner);

        HttpResponse<String> page = pages.get("/confirmations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Are you still involved?", "Robin Example", "Sam Sample", "Review due",
                "14 December 2026, 09:00", "Safeguarding duty", "id=\"confirm-all\"");

        HttpResponse<String> confirmed = pages.post("/confirmations", "/confirmations/" + first + "/confirm", Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/confirmations");
        assertThat(services.received("POST", "/api/clients/" + first + "/network/confirm")).hasSize(1);
        assertThat(services.received("POST", "/api/clients/" + second + "/network/confirm")).isEmpty();

        assertThat(pages.post("/confirmations", "/confirmations/confirm-all", Map.of()).statusCode()).isEqualTo(302);
        assertThat(services.received("POST", "/api/me/confirmations/confirm-all")).hasSize(1);
    }

    @Test
    void withNothingToConfirmThePageSaysSo() {
        services.answer("GET", "/api/me/confirmations", 200, "[]");

        HttpResponse<String> page = as(practitioner).get("/confirmations");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nothing is waiting for you to").doesNotContain("id=\"confirm-all\"");
    }

    @Test
    void aManagerSeesTheirAgencysReportAsChartsEachWithItsTableAndSmallCountsAsFewerThanFive() {
        answerReports();
        Pages pages = as(manager);

        HttpResponse<String> page = pages.get("/reports?notSeenDays=30");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(services.received("GET", "/api/reports/agencies/" + AGENCY).getFirst().query())
                .isEqualTo("notSeenDays=30");
        assertThat(services.received("GET", "/api/reports/agencies/" + AGENCY + "/visits").getFirst().query())
                .isEqualTo("months=12");
        assertThat(page.body()).contains("id=\"nav-reports\"", "id=\"clients-chart\"", "id=\"clients-table\"",
                "id=\"visits-chart\"", "id=\"visits-table\"", "id=\"invitations-chart\"",
                "id=\"invitations-table\"", "Clients not seen for more than 30 days", "not given (fewer than 5 answered)",
                "href=\"/reports/agency.csv?notSeenDays=30\"");
        assertThat(between(page.body(), "id=\"clients-supported\"", "</td>")).contains("12");
        assertThat(between(page.body(), "id=\"networks-led\"", "</td>")).contains("fewer than 5");
        assertThat(between(page.body(), "id=\"clients-chart\"", "</svg>"))
                .as("each chart is an image with a title and a description of its figures")
                .contains("role=\"img\"", "<title id=\"clients-chart-title\">Clients and networks</title>",
                        "Clients supported 12, networks led fewer than 5")
                .as("a bar for the count given, none for the count left out")
                .contains("data-shown=\"12\"").doesNotContain("data-shown=\"fewer than 5\"");
        assertThat(page.body()).contains("data-month=\"2026-11\"", "Nov 2026");
    }

    @Test
    void theReportDownloadsAsCsvWithTheSameFiguresAndSmallCountsAsFewerThanFive() {
        answerReports();

        HttpResponse<String> csv = as(manager).get("/reports/agency.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "patchwork-report-lichfield-dc.csv");
        assertThat(csv.body()).startsWith("section,figure,period,value\r\n")
                .contains("Clients,Clients supported,now,12\r\n", "Clients,Networks led,now,fewer than 5\r\n",
                        "Visits,Visits,2026-11,7\r\n", "Visits,No-access visits,2026-11,fewer than 5\r\n",
                        "Invitations,Sent,last 12 months,9\r\n");
        assertThat(services.received("GET", "/api/reports/agencies/" + AGENCY).getFirst().query())
                .isEqualTo("notSeenDays=14");
    }

    @Test
    void anAdministratorIsOfferedReportsAndAPractitionerIsNeitherOfferedNorServedThem() {
        answerReports();
        services.answer("GET", "/api/directory/me", 200, PROFILE)
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES);

        assertThat(as(administrator).get("/profile").body()).contains("id=\"nav-reports\"");
        assertThat(as(practitioner).get("/profile").body()).doesNotContain("id=\"nav-reports\"");
        assertThat(as(practitioner).get("/reports").statusCode()).isEqualTo(403);
        assertThat(as(practitioner).get("/reports/agency.csv").statusCode()).isEqualTo(403);
        assertThat(services.received("GET", "/api/reports/agencies/" + AGENCY)).isEmpty();
    }

    private static void answerReports() {
        services.answer("GET", "/api/reports/agencies/" + AGENCY, 200, """
                {"agency": "lichfield-dc", "generatedAt": "2026-12-08T09:00:00Z", "notSeenDays": 30,
                 "clientsSupported": %s, "networksLed": %s, "clientsNotSeen": %s,
                 "membershipsAwaitingConfirmation": %s,
                 "invitations": {"sent": %s, "accepted": %s, "declined": %s, "expired": %s, "pending": %s,
                   "answeredWithinDay": %s, "answeredWithinWeek": %s, "answeredLater": %s,
                   "medianHoursToAnswer": null}}""".formatted(given(12), fewer(), given(6), fewer(), given(9),
                        fewer(), fewer(), fewer(), given(5), fewer(), fewer(), fewer()))
                .answer("GET", "/api/reports/agencies/" + AGENCY + "/visits", 200, """
                        {"agency": "lichfield-dc", "generatedAt": "2026-12-08T09:00:00Z", "months": [
                          {"month": "2026-11", "visits": %s, "noAccess": %s},
                          {"month": "2026-12", "visits": %s, "noAccess": %s}]}"""
                        .formatted(given(7), fewer(), given(5), given(5)));
    }

    private static String given(long count) {
        return "{\"count\": %d, \"suppressed\": false, \"shown\": \"%d\"}".formatted(count, count);
    }

    private static String fewer() {
        return "{\"count\": null, \"suppressed\": true, \"shown\": \"fewer than 5\"}";
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }

    private static String problem(String type, String detail) {
        return """
                {"type": "https://patchwork.example/problems/%s", "title": "Forbidden", "status": 403,
                 "detail": "%s"}""".formatted(type, detail);
    }

    @Test
    void anAdministratorIsOfferedTheStaffPageOnlyAndSeesTheirAgencysStaff() {
        services.answer("GET", "/api/directory/agencies/lichfield-dc/staff", 200, """
                {"items": [{"id": "%s", "name": "Sample Tenancy Officer", "jobTitle": "Tenancy officer",
                            "team": "Housing", "email": "tenancy@lichfield-dc.example", "status": "ACTIVE",
                            "lastActiveAt": "2026-11-20T09:30:00Z"}],
                 "page": 0, "size": 50, "hasNext": false}""".formatted(UUID.randomUUID()));
        Pages pages = as(administrator);

        HttpResponse<String> staff = pages.get("/staff");

        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("href=\"/staff\"", "Sample Tenancy Officer", "tenancy@lichfield-dc.example",
                        "20 Nov 2026", "Show people who have left")
                .doesNotContain("href=\"/audit\"");
        assertThat(services.received("GET", "/api/directory/agencies/lichfield-dc/staff").getFirst().query())
                .contains("status=ACTIVE");
        pages.get("/staff?left=true");
        assertThat(services.received("GET", "/api/directory/agencies/lichfield-dc/staff").getLast().query())
                .contains("status=LEFT");
        assertThat(pages.get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorMarksARoleAsSensitiveWithAReasonOnceTheirOrganisationHasADutyContact() {
        UUID refugeWorker = UUID.randomUUID();
        services.answer("GET", "/api/directory/agencies/" + AGENCY, 200, """
                        {"code": "lichfield-dc", "name": "Lichfield District Council", "dutyPhone": "01543 300111",
                         "dutyEmail": "duty@lichfield-dc.example"}""")
                .answer("GET", "/api/directory/professionals/" + refugeWorker, 200, """
                        {"id": "%s", "agency": "lichfield-dc", "name": "Sample Refuge Keyworker",
                         "email": "keyworker@lichfield-dc.example", "mobile": "07700 900456", "status": "ACTIVE",
                         "contactThroughDuty": false}""".formatted(refugeWorker))
                .answer("PUT", "/api/directory/agencies/lichfield-dc/staff/" + refugeWorker + "/sensitive-role", 200, """
                        {"id": "%s", "agency": "lichfield-dc", "name": "Sample Refuge Keyworker", "status": "ACTIVE",
                         "contactThroughDuty": true}""".formatted(refugeWorker));
        Pages pages = as(administrator);
        String page = "/staff/" + refugeWorker + "/sensitive-role";

        HttpResponse<String> form = pages.get(page);
        HttpResponse<String> withoutReason = pages.post(page, page, Map.of("reason", " "));
        HttpResponse<String> marked = pages.post(page, page, Map.of("reason", "Works at a confidential refuge"));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Is Sample Refuge Keyworker’s role sensitive?", "01543 300111",
                "duty@lichfield-dc.example", "id=\"confirm-sensitive-role\"");
        assertThat(withoutReason.body()).contains("govuk-error-summary", "href=\"#reason\"", "Enter the reason");
        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(marked.headers().firstValue("Location")).hasValue("/staff");
        assertThat(services.received("PUT", "/api/directory/agencies/lichfield-dc/staff/" + refugeWorker
                + "/sensitive-role")).singleElement().satisfies(sent -> assertThat(sent.body())
                .contains("\"sensitive\":true", "\"reason\":\"Works at a confidential refuge\""));
        assertThat(pages.get(page.replace(refugeWorker.toString(), UUID.randomUUID().toString())).statusCode())
                .as("someone the directory does not list as their staff").isEqualTo(404);
        assertThat(as(practitioner).get(page).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutADutyContactTheAdministratorIsSentToSetOneAndItGoesToTheDirectory() {
        UUID refugeWorker = UUID.randomUUID();
        services.answer("GET", "/api/directory/professionals/" + refugeWorker, 200, """
                        {"id": "%s", "agency": "lichfield-dc", "name": "Sample Refuge Keyworker", "status": "ACTIVE"}"""
                        .formatted(refugeWorker))
                .answer("PUT", "/api/directory/agencies/lichfield-dc/duty-contact", 200,
                        "{\"code\":\"lichfield-dc\",\"name\":\"Lichfield District Council\"}");
        Pages pages = as(administrator);

        HttpResponse<String> form = pages.get("/staff/" + refugeWorker + "/sensitive-role");
        HttpResponse<String> empty = pages.post("/staff/duty-contact", "/staff/duty-contact", Map.of("phone", ""));
        HttpResponse<String> saved = pages.post("/staff/duty-contact", "/staff/duty-contact",
                Map.of("phone", "01543 300111", "email", "duty@lichfield-dc.example"));

        assertThat(form.body()).contains("id=\"no-duty-contact\"", "href=\"/staff/duty-contact\"")
                .doesNotContain("id=\"confirm-sensitive-role\"");
        assertThat(empty.body()).contains("govuk-error-summary", "Enter the duty phone number");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(services.received("PUT", "/api/directory/agencies/lichfield-dc/duty-contact"))
                .singleElement().satisfies(sent -> assertThat(sent.body())
                        .contains("\"phone\":\"01543 300111\"", "\"email\":\"duty@lichfield-dc.example\""));
    }

    @Test
    void aTeamMemberInASensitiveRoleIsShownWithTheDutyContactAndColleaguesAreToldToUseIt() {
        UUID client = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, """
                {"client": {"id": "%s", "givenName": "Robin", "familyName": "Sample", "dateOfBirth": "2016-09-12",
                            "status": "OPEN", "household": []},
                 "network": [
                   {"professionalId": "%s", "agency": "lichfield-dc", "name": "Sample Refuge Keyworker",
                    "role": "MEMBER", "workPhone": "01543 300111", "mobile": null,
                    "email": "duty@lichfield-dc.example", "preferredContact": "WORK_PHONE",
                    "contactThroughDuty": true}],
                 "attentions": [],
                 "schedule": {"available": true, "upcomingVisits": [], "recentContacts": []},
                 "myProfessionalId": "%s"}""".formatted(client, UUID.randomUUID(), UUID.randomUUID()));

        HttpResponse<String> page = as(practitioner).get("/clients/" + client);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Through duty contact",
                        "Contact them through their organisation’s duty contact", "01543 300111")
                .doesNotContain("Prefers work phone");
    }

    @Test
    void savedAlertPreferencesGoToTheNotificationServiceWhole() {
        services.answer("GET", "/api/me/notification-preferences", 200, PREFERENCES)
                .answer("PUT", "/api/me/notification-preferences", 200, PREFERENCES);

        HttpResponse<String> saved = as(practitioner).post("/profile/alerts", "/profile/alerts", Map.of(
                "channels[ATTENTION]", "SMS", "channels[URGENT_ATTENTION]", "BOTH", "channels[MEMBER_JOINED]", "NONE",
                "quietFrom", "22.30", "quietUntil", "6:45", "timeZone", "Europe/London", "dailyDigest", "true"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValue("/profile/alerts");
        String body = services.received("PUT", "/api/me/notification-preferences").getFirst().body();
        assertThat(body).contains("\"ATTENTION\":\"SMS\"", "\"URGENT_ATTENTION\":\"BOTH\"", "\"MEMBER_JOINED\":\"NONE\"",
                "\"from\":\"22:30", "\"until\":\"06:45", "\"timeZone\":\"Europe/London\"", "\"dailyDigest\":true");
    }

    @Test
    void aFormIsAcceptedAfterThePagesStylesheetsLoaded() {
        services.answer("GET", "/api/me/notification-preferences", 200, PREFERENCES)
                .answer("PUT", "/api/me/notification-preferences", 200, PREFERENCES);

        HttpResponse<String> saved = as(practitioner).postAfter("/profile/alerts", List.of("/patchwork.css",
                "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"), "/profile/alerts", Map.of(
                "channels[ATTENTION]", "SMS", "channels[URGENT_ATTENTION]", "BOTH", "channels[MEMBER_JOINED]", "NONE",
                "quietFrom", "22:30", "quietUntil", "6:45", "timeZone", "Europe/London"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(services.received("PUT", "/api/me/notification-preferences")).hasSize(1);
    }

    @Test
    void aFormPostedFromAnotherOriginWithoutTheFormTokenIsRefusedAndNothingIsSaved() {
        services.answer("GET", "/api/me/notification-preferences", 200, PREFERENCES)
                .answer("PUT", "/api/me/notification-preferences", 200, PREFERENCES);
        Map<String, String> fields = Map.of("channels[ATTENTION]", "NONE", "channels[URGENT_ATTENTION]", "NONE",
                "channels[MEMBER_JOINED]", "NONE", "quietFrom", "00:00", "quietUntil", "23:59",
                "timeZone", "Europe/London");

        HttpResponse<String> withoutToken = as(practitioner).postFrom("http://127.0.0.1:9999", "/profile/alerts",
                fields, null);
        HttpResponse<String> withAGuessedToken = as(practitioner).postFrom("http://127.0.0.1:9999", "/profile/alerts",
                fields, UUID.randomUUID().toString());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withAGuessedToken.statusCode()).isEqualTo(403);
        assertThat(services.received("PUT", "/api/me/notification-preferences")).isEmpty();
    }

    @Test
    void aQuietHourThatIsNoTimeIsShownTheGovukWayAndNothingIsSaved() {
        services.answer("GET", "/api/me/notification-preferences", 200, PREFERENCES);

        HttpResponse<String> page = as(practitioner).post("/profile/alerts", "/profile/alerts", Map.of(
                "channels[ATTENTION]", "EMAIL", "channels[URGENT_ATTENTION]", "BOTH", "channels[MEMBER_JOINED]", "EMAIL",
                "quietFrom", "25:00", "quietUntil", "07:00", "timeZone", "Europe/London"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#quietFrom\"", "id=\"quietFrom-error\"",
                "Enter when your quiet hours start as hours and minutes", "When a colleague raises an urgent attention",
                "govuk-radios--inline");
        assertThat(page.body()).as("the choices made stay chosen").containsPattern(
                "id=\"channel\\.URGENT_ATTENTION-BOTH\"[^>]*checked");
        assertThat(services.received("PUT", "/api/me/notification-preferences")).isEmpty();
    }

    @Test
    void theProfileStillOpensWhileTheNotificationServiceDoesNotKnowTheUserYet() {
        services.answer("GET", "/api/directory/me", 200, PROFILE);

        HttpResponse<String> profile = as(practitioner).get("/profile");

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Sample Housing Officer", "will be ready a minute or so after your first");
    }

    @Test
    void onlyPractitionersAreOfferedACalendarLinkAndOnlyForThemIsTheScheduleAsked() {
        services.answer("GET", "/api/directory/me", 200, PROFILE)
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES)
                .answer("GET", "/api/me/calendar-feed", 200, "{\"active\": true, \"createdAt\": \"2026-11-02T09:30:00Z\"}");

        HttpResponse<String> practitionersProfile = as(practitioner).get("/profile");

        assertThat(practitionersProfile.body()).contains("id=\"calendar\"", "2 November 2026");
        assertThat(services.received("GET", "/api/me/calendar-feed")).hasSize(1);

        HttpResponse<String> administratorsProfile = as(administratorOnly).get("/profile");

        assertThat(administratorsProfile.statusCode()).isEqualTo(200);
        assertThat(administratorsProfile.body()).contains("My profile").doesNotContain("id=\"calendar\"");
        assertThat(services.received("GET", "/api/me/calendar-feed")).as("asked for the practitioner only").hasSize(1);
    }

    @Test
    void anIgOfficerOpensOneSelfJoinAndSeesItsRecordedReview() {
        UUID membership = UUID.randomUUID();
        services.answer("GET", "/api/audit/self-joins/" + membership, 200, """
                {"membershipId": "%s", "clientId": "5d1c8d0e-0a4b-4c43-9a52-5e0c4cf2b0aa",
                 "professionalId": "0b6f7c62-7f0e-4a34-9d0b-3c2f1e0a9b11", "professionalName": "Sample Night Worker",
                 "jobTitle": "Housing officer", "agency": "lichfield-dc", "legalBasis": "SAFEGUARDING_DUTY",
                 "reason": "Out-of-hours call", "joinedAt": "2026-11-20T22:10:00Z", "endedAt": null,
                 "reviewedAt": "2026-11-21T09:00:00Z", "outcome": "CONCERN", "note": "Not their area"}""".formatted(membership));

        HttpResponse<String> page = as(igOfficer).get("/audit/self-joins/" + membership);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sample Night Worker", "Out-of-hours call", "A concern to follow up",
                "Not their area", "21 November 2026, 09:00").doesNotContain("id=\"record-review\"");
        assertThat(services.received("GET", "/api/audit/self-joins")).as("not the whole list").isEmpty();

        HttpResponse<String> unknown = as(igOfficer).get("/audit/self-joins/" + UUID.randomUUID());

        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void theProfileShowsTheNameFromTheSignInAndNeverSendsANameToTheDirectory() {
        services.answer("PUT", "/api/directory/me", 200, "{}")
                .answer("GET", "/api/directory/me", 200, """
                        {"id": "0b6f7c62-7f0e-4a34-9d0b-3c2f1e0a9b11", "name": "Sample Housing Officer",
                         "agency": "lichfield-dc", "preferredContact": "EMAIL"}""")
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES);

        HttpResponse<String> page = as(practitioner).get("/profile");
        HttpResponse<String> saved = as(practitioner).post("/profile", "/profile", Map.of(
                "name", "Someone Else", "jobTitle", "Youth worker", "preferredContact", "EMAIL"));

        assertThat(page.body()).contains("id=\"name\"", "Sample Housing Officer")
                .doesNotContain("class=\"govuk-input\" id=\"name\"");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(services.received("PUT", "/api/directory/me")).singleElement()
                .satisfies(put -> assertThat(put.body()).contains("Youth worker").doesNotContain("Someone Else", "\"name\""));
    }

    @Test
    void aRefusalByALimitSaysWhichLimitAndWhenToTryAgain() {
        services.answer("GET", "/api/directory/professionals", 429, """
                {"status": 429, "title": "Too Many Requests", "type": "https://patchwork.example/problems/too-many-searches",
                 "detail": "You have reached your limit of 500 directory searches today. Searching is possible again from midnight (UTC)."}""");

        HttpResponse<String> page = as(practitioner).get("/directory?q=nurse");

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many requests",
                "You have reached your limit of 500 directory searches today.");
    }

    @Test
    void anIgOfficersOwnSelfJoinSaysAnotherOfficerReviewsItAndOffersNoReview() {
        UUID membership = UUID.randomUUID();
        String selfJoin = """
                {"membershipId": "%s", "clientId": "5d1c8d0e-0a4b-4c43-9a52-5e0c4cf2b0aa",
                 "professionalId": "0b6f7c62-7f0e-4a34-9d0b-3c2f1e0a9b11", "professionalName": "Example Officer",
                 "jobTitle": "IG officer", "agency": "lichfield-dc", "legalBasis": "SAFEGUARDING_DUTY",
                 "reason": "Out-of-hours call", "joinedAt": "2026-11-20T22:10:00Z", "endedAt": null,
                 "reviewedAt": null, "outcome": null, "note": null, "officersOwn": true}""".formatted(membership);
        services.answer("GET", "/api/audit/self-joins/" + membership, 200, selfJoin)
                .answer("GET", "/api/audit/self-joins", 200, "[" + selfJoin + "]");

        HttpResponse<String> page = as(igOfficer).get("/audit/self-joins/" + membership);
        HttpResponse<String> list = as(igOfficer).get("/audit/self-joins");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"own-self-join\"", "You cannot review it",
                "another information governance officer of your").doesNotContain("id=\"record-review\"");
        assertThat(list.body()).contains("Your own self-join").doesNotContain("review-link");
    }

    @Test
    void aStaffListIsUploadedToTheDirectoryAndItsRowReportShown() {
        services.answer("POST", "/api/directory/agencies/lichfield-dc/staff/import", 200, """
                {"created": 1, "updated": 0, "unchanged": 0, "rejected": 1, "rows": [
                  {"line": 2, "email": "warden@lichfield-dc.example", "outcome": "CREATED", "errors": []},
                  {"line": 3, "email": "not-an-email", "outcome": "REJECTED",
                   "errors": [{"field": "email", "message": "must be an email address, e.g. name@agency.example"}]}]}""");
        String csv = "name,email\nSample Warden,warden@lichfield-dc.example\nSample Typo,not-an-email\n";

        HttpResponse<String> report = as(administrator).upload("/staff/import", "/staff/import", "staff.csv", csv);

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Import report", "1 row was not imported", "not-an-email",
                "email: must be an email address", "Not imported", "Added");
        FakeServices.Request upload = services.received("POST", "/api/directory/agencies/lichfield-dc/staff/import")
                .getFirst();
        assertThat(upload.contentType()).startsWith("multipart/form-data");
        assertThat(upload.body()).contains("name=\"file\"", "filename=\"staff.csv\"", "Sample Typo,not-an-email");
        assertThat(upload.authorization()).startsWith("Bearer ");
    }

    @Test
    void anUploadWithoutAFileIsRefusedOnThePageAndNothingIsSentToTheDirectory() {
        HttpResponse<String> page = as(administrator).upload("/staff/import", "/staff/import", "", "");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#file\"", "Choose a CSV file of your staff");
        assertThat(services.received("POST", "/api/directory/agencies/lichfield-dc/staff/import")).isEmpty();
    }

    @Test
    void aFileTheDirectoryRefusesWholeIsShownAsAnErrorOfTheFileField() {
        services.answer("POST", "/api/directory/agencies/lichfield-dc/staff/import", 400, """
                {"status": 400, "title": "Bad Request",
                 "detail": "The file is empty: its first line must name the columns. Nothing was imported."}""");

        HttpResponse<String> page = as(administrator).upload("/staff/import", "/staff/import", "empty.csv", " ");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#file\"", "The file is empty");
    }

    @Test
    void auditDaysAreUkDaysWithTheLastOneIncluded() {
        UUID client = UUID.randomUUID();
        services.answer("GET", "/api/directory/professionals", 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"hasNext\": false}")
                .answer("GET", "/api/audit", 200, """
                        {"items": [{"id": 7, "occurredAt": "2026-07-01T08:15:00Z", "service": "client-network",
                          "actorProfessionalId": "%s", "actorName": "Sample Housing Officer",
                          "actorAgency": "lichfield-dc", "action": "CLIENT_VIEWED", "clientId": "%s",
                          "basis": "CONSENT"}], "page": 0, "size": 100, "hasNext": false}""".formatted(UUID.randomUUID(), client));

        HttpResponse<String> page = as(igOfficer).get("/audit?search=true&client=https://patchwork.example/clients/"
                + client + "&from.day=1&from.month=7&from.year=2026&to.day=2&to.month=7&to.year=2026");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 record", "Viewed the client", "Sample Housing Officer",
                "1 Jul 2026, 09:15:00", client.toString().substring(0, 8), "has given consent");
        assertThat(URLDecoder.decode(services.received("GET", "/api/audit").getFirst().query(), StandardCharsets.UTF_8))
                .contains("clientId=" + client,
                "from=2026-06-30T23:00:00Z", "to=2026-07-02T23:00:00Z");
    }

    @Test
    void theAuditShowsTheSchedulesRecordsAPageAtATimeAndAsksAboutAProfessionalWhenChosen() {
        UUID client = UUID.randomUUID();
        UUID professional = UUID.randomUUID();
        services.answer("GET", "/api/directory/professionals", 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"hasNext\": false}")
                .answer("GET", "/api/audit", 200, """
                        {"items": [{"id": 9, "occurredAt": "2026-07-01T08:15:00Z", "service": "schedule",
                          "actorProfessionalId": "%s", "actorName": "Sample District Nurse",
                          "actorAgency": "lichfield-dc", "action": "VISITS_VIEWED", "clientId": "%s",
                          "basis": "SAFEGUARDING_DUTY"}], "page": 1, "size": 100, "hasNext": true}"""
                        .formatted(professional, client));

        HttpResponse<String> page = as(igOfficer).get("/audit?search=true&client=" + client + "&professional="
                + professional + "&role=ABOUT&page=1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Viewed the visits", "Schedule", "Records 101 to 101",
                "id=\"previous-page\"", "id=\"next-page\"", "page=2", "page=0", "role=ABOUT");
        assertThat(URLDecoder.decode(services.received("GET", "/api/audit").getFirst().query(), StandardCharsets.UTF_8))
                .contains("clientId=" + client, "subjectProfessionalId=" + professional, "page=1", "size=100")
                .doesNotContain("actorProfessionalId");
    }

    @Test
    void anAuditOfAClientTheOrganisationWasNeverInvolvedWithIsRefusedOnTheClientField() {
        services.answer("GET", "/api/directory/professionals", 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"hasNext\": false}")
                .answer("GET", "/api/audit", 404, """
                        {"status": 404, "title": "Not Found",
                         "detail": "No client your agency is or was involved with has this reference."}""");

        HttpResponse<String> page = as(igOfficer).get("/audit?search=true&client=" + UUID.randomUUID());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#client\"",
                "No client your organisation is or was involved with has this reference");
    }

    @Test
    void anOfficerExportsEverythingHeldAboutAClientAsTheServicesFileAndAReadableDocumentInOneDownload()
            throws Exception {
        UUID client = UUID.randomUUID();
        UUID nurse = UUID.randomUUID();
        String export = """
                {"formatVersion": 1, "exportedAt": "2026-12-07T10:00:00Z", "exportedByAgency": "nhs-primary-care",
                 "client": {"id": "%s", "givenName": "Robin", "familyName": "Sample", "dateOfBirth": "2016-09-12"},
                 "household": null,
                 "network": [{"professionalId": "%s", "agency": "nhs-primary-care", "role": "MEMBER",
                              "legalBasis": "SAFEGUARDING_DUTY", "reason": "School nurse: asthma plan",
                              "joinedAt": "2026-10-01T09:00:00Z", "endedAt": null}],
                 "invitations": [], "attentions": [{"raisedAt": "2026-11-01T09:00:00Z", "raisedByProfessionalId": "%s",
                   "priority": "URGENT", "message": "Dog on site: call ahead"}],
                 "consentWithdrawals": [],
                 "schedule": {"notSeenThresholdDays": 21, "visits": [{"id": "%s", "visitorProfessionalId": "%s",
                   "purpose": "Asthma plan review", "startsAt": "2026-11-02T10:00:00Z"}], "contacts": []},
                 "accessAudit": [{"id": 5, "occurredAt": "2026-11-03T10:00:00Z", "service": "schedule",
                   "actorProfessionalId": "%s", "action": "VISITS_VIEWED", "clientId": "%s", "basis": "SAFEGUARDING_DUTY"}],
                 "alerts": [{"kind": "URGENT_ATTENTION", "channel": "SMS", "createdAt": "2026-11-01T09:00:05Z",
                   "sentAt": "2026-11-01T09:00:07Z", "status": "DELIVERED", "recipientRole": "LEAD",
                   "recipientAgency": "lichfield-dc"}],
                 "professionals": [{"id": "%s", "name": "Sample District Nurse", "agency": "nhs-primary-care",
                   "workPhone": "01000 000000"}],
                 "notIncluded": []}"""
                .formatted(client, nurse, nurse, UUID.randomUUID(), nurse, nurse, client, nurse);
        services.answer("GET", "/api/directory/professionals", 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"hasNext\": false}")
                .answer("GET", "/api/audit", 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"hasNext\": false}")
                .answer("GET", "/api/clients/" + client + "/subject-access-export", 200, export);

        HttpResponse<byte[]> download = as(igOfficer).download("/audit?search=true&client=" + client,
                "/audit/clients/" + client + "/export");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
                .contains("patchwork-subject-access-" + client.toString().substring(0, 8) + ".zip");
        Map<String, String> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(download.body()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String name = "patchwork-subject-access-" + client.toString().substring(0, 8);
        assertThat(files).containsOnlyKeys(name + ".json", name + ".html");
        assertThat(files.get(name + ".json")).isEqualTo(export);
        assertThat(files.get(name + ".html")).contains("What Patchwork holds about Robin Sample", "Identity details",
                "Network history", "Legal basis", "SAFEGUARDING_DUTY", "Dog on site: call ahead", "Asthma plan review",
                "Sample District Nurse (nhs-primary-care)", "01000 000000", "Who accessed the record, and why",
                "VISITS_VIEWED", "21", "Alerts sent about the client", "URGENT_ATTENTION", "Recipient role", "LEAD")
                .doesNotContain("<script");
        assertThat(services.received("GET", "/api/clients/" + client + "/subject-access-export")).hasSize(1);
    }

    @Test
    void anAuditPeriodEndingBeforeItStartsIsRefusedOnThePage() {
        services.answer("GET", "/api/directory/professionals", 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"hasNext\": false}");

        HttpResponse<String> page = as(igOfficer).get("/audit?search=true&from.day=2&from.month=7&from.year=2026"
                + "&to.day=1&to.month=7&to.year=2026");

        assertThat(page.body()).contains("govuk-error-summary", "The last day must be the same as or after the first day");
        assertThat(services.received("GET", "/api/audit")).isEmpty();
    }

    @Test
    void aNewClientWithoutTheDifferentPersonTickIsRegistered() {
        UUID client = UUID.randomUUID();
        services.answer("POST", "/api/clients", 201, "{\"id\": \"" + client + "\"}");

        HttpResponse<String> added = as(practitioner).post("/clients/new", "/clients/new", Map.of(
                "givenName", "Robin", "familyName", "Sample", "dateOfBirth.day", "12", "dateOfBirth.month", "9",
                "dateOfBirth.year", "2016", "legalBasis", "CONSENT", "reason", "Home fire safety visit"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValue("/clients/" + client);
        assertThat(services.received("POST", "/api/clients").getFirst().body()).contains("\"differentPerson\":false");
    }

    @Test
    void theClientPageKnowsWhoIAmFromTheOverviewAndDoesNotAskTheDirectory() {
        UUID client = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, """
                {"client": {"id": "%s", "givenName": "Robin", "familyName": "Sample", "dateOfBirth": "2016-09-12",
                            "status": "OPEN", "household": []},
                 "network": [
                   {"professionalId": "%s", "agency": "lichfield-dc", "name": "Sample Lead Worker", "role": "LEAD"},
                   {"professionalId": "%s", "agency": "lichfield-dc", "name": "Sample Colleague", "role": "MEMBER"}],
                 "attentions": [],
                 "schedule": {"available": true, "upcomingVisits": [], "recentContacts": []},
                 "myProfessionalId": "%s"}""".formatted(client, me, colleague, me));

        HttpResponse<String> page = as(practitioner).get("/clients/" + client);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the lead is offered to hand the lead over, to the colleague only")
                .contains("id=\"hand-over\"", "value=\"" + colleague + "\"").doesNotContain("value=\"" + me + "\"");
        assertThat(services.received("GET", "/api/directory/me")).isEmpty();
    }

    @Test
    void theLeadRemovesAMemberFromTheClientPage() {
        UUID client = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, me, "LEAD", me,
                        colleague, "nhs-primary-care"))
                .answer("DELETE", "/api/clients/" + client + "/network/members/" + colleague, 204, "");
        Pages pages = as(practitioner);

        HttpResponse<String> page = pages.get("/clients/" + client);
        assertThat(page.body()).as("a remove button for the colleague, none for the lead themselves")
                .contains("/clients/" + client + "/members/" + colleague + "/remove",
                        "Remove<span class=\"govuk-visually-hidden\"> Sample Colleague from the team</span>")
                .doesNotContain("/members/" + me + "/remove");

        HttpResponse<String> removed = pages.post("/clients/" + client,
                "/clients/" + client + "/members/" + colleague + "/remove", Map.of());

        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith("/clients/" + client);
        assertThat(services.received("DELETE", "/api/clients/" + client + "/network/members/" + colleague))
                .hasSize(1);
    }

    @Test
    void aMemberWhoIsNotTheLeadIsOfferedToRemoveOnlyTheirOwnAgencysStaffAndOnlyAsItsAdministrator() {
        UUID client = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID ownColleague = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, lead, "MEMBER", me,
                ownColleague, AGENCY));

        assertThat(as(practitioner).get("/clients/" + client).body()).doesNotContain("/remove\"");
        assertThat(as(administrator).get("/clients/" + client).body())
                .contains("/members/" + ownColleague + "/remove").doesNotContain("/members/" + lead + "/remove")
                .doesNotContain("/members/" + me + "/remove");

        UUID otherAgencysColleague = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, lead, "MEMBER", me,
                otherAgencysColleague, "nhs-primary-care"));
        assertThat(as(administrator).get("/clients/" + client).body()).contains("Sample Colleague")
                .doesNotContain("/remove\"");
    }

    @Test
    void theLeadSetsTheNotSeenWarningFromTheClientPageAndANumberThatIsNoDayCountIsRefusedThere() {
        UUID client = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, me, "LEAD", me,
                        UUID.randomUUID(), AGENCY))
                .answer("PUT", "/api/clients/" + client + "/not-seen-threshold", 200, "{\"days\": 21}");
        Pages pages = as(practitioner);

        assertThat(pages.get("/clients/" + client).body()).contains("id=\"not-seen-threshold\"",
                "Warn the team when nobody has seen the client for (days)", "value=\"14\"");

        HttpResponse<String> set = pages.post("/clients/" + client, "/clients/" + client + "/not-seen-threshold",
                Map.of("days", "21"));
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(services.received("PUT", "/api/clients/" + client + "/not-seen-threshold"))
                .singleElement().satisfies(request -> assertThat(request.body()).isEqualTo("{\"days\":21}"));

        HttpResponse<String> refused = pages.post("/clients/" + client,
                "/clients/" + client + "/not-seen-threshold", Map.of("days", "three weeks"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("#not-seen-threshold");
        assertThat(services.received("PUT", "/api/clients/" + client + "/not-seen-threshold")).hasSize(1);
    }

    @Test
    void aMemberWhoIsNotTheLeadIsNotOfferedTheNotSeenWarning() {
        UUID client = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, UUID.randomUUID(),
                "MEMBER", UUID.randomUUID(), UUID.randomUUID(), AGENCY));

        assertThat(as(practitioner).get("/clients/" + client).body()).doesNotContain("id=\"not-seen-threshold\"");
    }

    /** A client whose lead is {@code lead}; I am {@code me} (the lead, or a member with that role). */
    private static String overviewOf(UUID client, UUID lead, String myRole, UUID me, UUID colleague,
                                     String colleagueAgency) {
        services.answer("GET", "/api/directory/agencies/staffs-fire", 200,
                        "{\"code\":\"staffs-fire\",\"name\":\"Staffordshire Fire and Rescue Service\"}")
                .answer("GET", "/api/directory/agencies/nhs-primary-care", 200,
                        "{\"code\":\"nhs-primary-care\",\"name\":\"Demo Primary Care Trust\"}");
        StringBuilder network = new StringBuilder("""
                {"professionalId": "%s", "agency": "staffs-fire", "name": "Sample Lead Worker", "role": "LEAD"},
                {"professionalId": "%s", "agency": "%s", "name": "Sample Colleague", "role": "MEMBER"}"""
                .formatted(lead, colleague, colleagueAgency));
        if (!"LEAD".equals(myRole)) {
            network.append(", {\"professionalId\": \"%s\", \"agency\": \"lichfield-dc\", \"name\": \"Sample Me\", "
                    .formatted(me)).append("\"role\": \"MEMBER\"}");
        }
        return """
                {"client": {"id": "%s", "givenName": "Robin", "familyName": "Sample", "dateOfBirth": "2016-09-12",
                            "status": "OPEN", "household": []},
                 "network": [%s],
                 "attentions": [],
                 "schedule": {"available": true, "upcomingVisits": [], "recentContacts": [],
                              "notSeenThresholdDays": 14},
                 "myProfessionalId": "%s"}""".formatted(client, network, me);
    }

    @Test
    void theLeadClosesTheClientsRecordWithAReasonAndReopensIt() {
        UUID client = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, me, "OPEN"))
                .answer("POST", "/api/clients/" + client + "/close", 200, "{}")
                .answer("POST", "/api/clients/" + client + "/reopen", 200, "{}");
        Pages pages = as(practitioner);

        assertThat(pages.get("/clients/" + client).body()).contains("id=\"close-client\"")
                .doesNotContain("id=\"reopen-client\"");
        HttpResponse<String> closing = pages.get("/clients/" + client + "/close");
        assertThat(closing.statusCode()).isEqualTo(200);
        assertThat(closing.body()).contains("Close this client&#39;s record", "id=\"reason-MOVED_OUT_OF_AREA\"",
                "erased from Patchwork when the retention period after closing");

        HttpResponse<String> withoutReason = pages.post("/clients/" + client + "/close",
                "/clients/" + client + "/close", Map.of("note", "Moved to another county"));
        assertThat(withoutReason.statusCode()).isEqualTo(200);
        assertThat(withoutReason.body()).contains("govuk-error-summary", "id=\"reason-error\"",
                "Moved to another county");
        HttpResponse<String> tooLong = pages.post("/clients/" + client + "/close", "/clients/" + client + "/close",
                Map.of("reason", "OTHER", "note", "x".repeat(501)));
        assertThat(tooLong.body()).contains("id=\"note-error\"");
        assertThat(services.received("POST", "/api/clients/" + client + "/close")).as("nothing sent").isEmpty();

        HttpResponse<String> closed = pages.post("/clients/" + client + "/close", "/clients/" + client + "/close",
                Map.of("reason", "MOVED_OUT_OF_AREA", "note", " Moved to another county "));
        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(closed.headers().firstValue("Location").orElseThrow()).endsWith("/clients/" + client);
        assertThat(services.received("POST", "/api/clients/" + client + "/close")).singleElement()
                .satisfies(request -> assertThat(TestApi.json(request.body()))
                        .containsEntry("reason", "MOVED_OUT_OF_AREA").containsEntry("note", "Moved to another county"));

        services.answer("GET", "/api/clients/" + client + "/overview", 200, overviewOf(client, me, "CLOSED"));
        assertThat(pages.get("/clients/" + client).body()).contains("id=\"client-closed\"", "id=\"reopen-client\"")
                .doesNotContain("id=\"close-client\"", "id=\"invite-colleague\"");
        HttpResponse<String> reopened = pages.post("/clients/" + client + "/reopen", "/clients/" + client + "/reopen",
                Map.of("reason", "NEW_CONCERN"));
        assertThat(reopened.statusCode()).isEqualTo(302);
        assertThat(services.received("POST", "/api/clients/" + client + "/reopen")).singleElement()
                .satisfies(request -> assertThat(TestApi.json(request.body())).containsEntry("reason", "NEW_CONCERN")
                        .containsEntry("note", null));
    }

    @Test
    void aMemberWhoIsNotTheLeadIsNotOfferedToCloseTheClient() {
        UUID client = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/overview", 200,
                overviewOf(client, me, "OPEN").replace("\"role\": \"LEAD\"", "\"role\": \"MEMBER\""));

        assertThat(as(practitioner).get("/clients/" + client).body()).doesNotContain("id=\"close-client\"",
                "id=\"reopen-client\"");
    }

    private static String overviewOf(UUID client, UUID me, String status) {
        return """
                {"client": {"id": "%s", "givenName": "Robin", "familyName": "Sample", "dateOfBirth": "2016-09-12",
                            "status": "%s", "household": []},
                 "network": [
                   {"professionalId": "%s", "agency": "lichfield-dc", "name": "Sample Lead Worker", "role": "LEAD"}],
                 "attentions": [],
                 "schedule": {"available": true, "upcomingVisits": [], "recentContacts": []},
                 "myProfessionalId": "%s"}""".formatted(client, status, me, me);
    }

    @Test
    void aNewClientFormWithoutTheRequiredFieldsListsItsErrorsInTheFormsOrderAndSendsNothing() {
        HttpResponse<String> page = as(practitioner).post("/clients/new", "/clients/new", Map.of(
                "knownAs", "Robbie", "dateOfBirth.day", "31", "dateOfBirth.month", "2", "dateOfBirth.year", "2016",
                "reason", " "));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "id=\"givenName-error\"", "id=\"reason-error\"",
                        "date of birth as day, month and year", "Choose the legal basis")
                .containsSubsequence("href=\"#givenName\"", "href=\"#familyName\"", "href=\"#dateOfBirth\"",
                        "href=\"#legalBasis\"", "href=\"#reason\"")
                .contains("value=\"Robbie\"");
        assertThat(services.received("POST", "/api/clients")).isEmpty();
    }

    @Test
    void aLookUpSendsTheDateOfBirthAsADateAndLeavesOutAPostcodeNotGiven() {
        services.answer("POST", "/api/clients/lookup", 200, "[]");

        HttpResponse<String> page = as(practitioner).post("/clients/find", "/clients/find", Map.of(
                "familyName", " Sample ", "dateOfBirth.day", "12", "dateOfBirth.month", "9", "dateOfBirth.year", "2016",
                "reason", "Referral from school nurse"));

        assertThat(page.statusCode()).isEqualTo(200);
        FakeServices.Request lookUp = services.received("POST", "/api/clients/lookup").getFirst();
        assertThat(lookUp.body()).contains("\"familyName\":\"Sample\"", "\"dateOfBirth\":\"2016-09-12\"",
                "\"reason\":\"Referral from school nurse\"").doesNotContain("postcode");
        assertThat(lookUp.authorization()).as("the user's own token, relayed").startsWith("Bearer ");
    }

    @Test
    void aVisitWithADurationThatIsNoNumberIsRefusedOnThePageAndNothingIsScheduled() {
        UUID client = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/network", 200,
                "{\"clientId\": \"" + client + "\", \"members\": []}");

        HttpResponse<String> page = as(practitioner).post("/clients/" + client + "/visits/new",
                "/clients/" + client + "/visits", Map.of("when.date.day", "3", "when.date.month", "3",
                        "when.date.year", "2027", "when.time", "14:30", "duration", "an hour", "kind", "HOME_VISIT",
                        "purpose", "Wound dressing"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#duration\"", "Enter the expected duration in minutes")
                .doesNotContain("href=\"#when\"");
        assertThat(services.received("POST", "/api/clients/" + client + "/visits")).isEmpty();
    }

    @Test
    void aVisitIsScheduledWithItsMomentInUkTimeAndItsDurationAsANumber() {
        UUID client = UUID.randomUUID();
        services.answer("GET", "/api/clients/" + client + "/network", 200,
                        "{\"clientId\": \"" + client + "\", \"members\": []}")
                .answer("POST", "/api/clients/" + client + "/visits", 201, "{}");

        HttpResponse<String> scheduled = as(practitioner).post("/clients/" + client + "/visits/new",
                "/clients/" + client + "/visits", Map.of("when.date.day", "1", "when.date.month", "7",
                        "when.date.year", "2027", "when.time", "9:15", "duration", "45", "kind", "SCHOOL",
                        "purpose", " Review "));

        assertThat(scheduled.statusCode()).isEqualTo(302);
        assertThat(services.received("POST", "/api/clients/" + client + "/visits").getFirst().body())
                .contains("\"startsAt\":\"2027-07-01T08:15:00Z\"", "\"durationMinutes\":45", "\"kind\":\"SCHOOL\"",
                        "\"purpose\":\"Review\"")
                .doesNotContain("visitorProfessionalId");
    }

    @Test
    void aServicesRefusalOfOneFieldIsShownAtThatField() {
        services.answer("GET", "/api/directory/me", 200, PROFILE)
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES)
                .answer("PUT", "/api/directory/me", 400, """
                        {"status": 400, "title": "Bad Request", "detail": "Some details are not valid.",
                         "errors": [{"field": "workPhone", "message": "must be a UK phone number"}]}""");

        HttpResponse<String> page = as(practitioner).post("/profile", "/profile", Map.of(
                "workPhone", "12", "preferredContact", "EMAIL"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#workPhone\"", "id=\"workPhone-error\"",
                "Your work phone must be a UK phone number");
    }

    static final String PROFILE = """
            {"id": "0b6f7c62-7f0e-4a34-9d0b-3c2f1e0a9b11", "agency": "lichfield-dc", "name": "Sample Housing Officer",
             "email": "housing@lichfield-dc.example", "preferredContact": "EMAIL"}""";

    static final String PREFERENCES = """
            {"channels": {"ATTENTION": "EMAIL", "URGENT_ATTENTION": "BOTH", "MEMBER_JOINED": "EMAIL"},
             "quietHours": {"from": "21:00:00", "until": "07:00:00", "timeZone": "Europe/London"},
             "dailyDigest": false}""";

    static final String ONBOARDING = """
            {"agency": {"code": "sample-housing", "name": "Sample Housing Trust", "kind": "HOUSING",
                        "status": "ONBOARDING", "emailDomains": ["sample-housing.example"]},
             "identityProvider": {"protocol": "OIDC", "discoveryUrl": "https://login.sample-housing.example/.well-known/openid-configuration",
                                  "clientId": "patchwork", "clientSecret": null, "metadataUrl": null, "metadataXml": null,
                                  "groupsClaim": "groups", "adminGroup": "patchwork-admins", "igGroup": "patchwork-ig"},
             "testSignIn": %s,
             "testSignInPath": "/oauth2/authorization/keycloak?idp=sample-housing"}""";

    static Map<String, String> onboardingForm() {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("name", "Sample Housing Trust");
        form.put("code", "sample-housing");
        form.put("kind", "HOUSING");
        form.put("areas", "Tamworth, Lichfield");
        form.put("emailDomains", "sample-housing.example, staff.sample-housing.example");
        form.put("protocol", "OIDC");
        form.put("discoveryUrl", "https://login.sample-housing.example/.well-known/openid-configuration");
        form.put("clientId", "patchwork");
        form.put("clientSecret", "sample-secret-value");
        form.put("metadataUrl", "");
        form.put("groupsClaim", "groups");
        form.put("adminGroup", "patchwork-admins");
        form.put("igGroup", "patchwork-ig");
        return form;
    }

    @Test
    void aPlatformAdminOnboardsAnAgencyWithItsIdentityProviderFromTheForm() {
        services.answer("GET", "/api/directory/onboarding", 200, "[]")
                .answer("POST", "/api/directory/onboarding", 201, ONBOARDING.formatted("null"));
        Pages pages = as(platformAdmin);

        assertThat(pages.get("/onboarding").body()).contains("id=\"nav-onboarding\"", "No agency is being onboarded");
        HttpResponse<String> saved = pages.post("/onboarding/new", "/onboarding/new", onboardingForm());

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/onboarding/sample-housing"));
        FakeServices.Request sent = services.received("POST", "/api/directory/onboarding").getFirst();
        assertThat(sent.body()).contains("\"code\":\"sample-housing\"", "\"kind\":\"HOUSING\"",
                "\"areas\":[\"Tamworth\",\"Lichfield\"]",
                "\"emailDomains\":[\"sample-housing.example\",\"staff.sample-housing.example\"]",
                "\"protocol\":\"OIDC\"", "\"clientSecret\":\"sample-secret-value\"", "\"metadataUrl\":null");
    }

    @Test
    void anIncompleteOnboardingFormIsRefusedOnThePageAndNothingIsSent() {
        Map<String, String> form = onboardingForm();
        form.put("name", "");
        form.remove("kind");
        form.put("emailDomains", "");

        HttpResponse<String> page = as(platformAdmin).post("/onboarding/new", "/onboarding/new", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#name\"", "href=\"#kind\"",
                "href=\"#emailDomains\"", "Choose the kind of organisation").doesNotContain("sample-secret-value");
        assertThat(services.received("POST", "/api/directory/onboarding")).isEmpty();
    }

    @Test
    void whatTheDirectoryRefusesIsShownAtItsFieldAndTheSecretIsNotShownBack() {
        services.answer("POST", "/api/directory/onboarding", 400, """
                {"status": 400, "title": "Bad Request", "detail": "Invalid request",
                 "errors": [{"field": "identityProvider.discoveryUrl", "message": "must be an http(s) URL"}]}""");

        HttpResponse<String> page = as(platformAdmin).post("/onboarding/new", "/onboarding/new", onboardingForm());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#discoveryUrl\"", "Discovery URL must be an http(s) URL")
                .doesNotContain("sample-secret-value");
    }

    @Test
    void theAgencyPageGivesTheTestSignInLinkAndMakesTheAgencyLiveOnceTested() {
        services.answer("GET", "/api/directory/onboarding/sample-housing", 200, ONBOARDING.formatted("null"));
        HttpResponse<String> untested = as(platformAdmin).get("/onboarding/sample-housing");
        services.answer("GET", "/api/directory/onboarding/sample-housing", 200, ONBOARDING.formatted(
                "{\"at\": \"2026-12-08T10:15:00Z\", \"by\": \"Sam Sample\"}"))
                .answer("POST", "/api/directory/onboarding/sample-housing/go-live", 200,
                        ONBOARDING.formatted("null").replace("\"ONBOARDING\"", "\"ONBOARDED\""));

        HttpResponse<String> tested = as(platformAdmin).get("/onboarding/sample-housing");
        HttpResponse<String> live = as(platformAdmin).post("/onboarding/sample-housing",
                "/onboarding/sample-housing/go-live", Map.of());

        assertThat(untested.body()).contains("Not live yet", "No test sign-in yet",
                "href=\"/oauth2/authorization/keycloak?idp=sample-housing\"");
        assertThat(tested.body()).contains("Test sign-in worked", "Sam Sample", "8 December 2026, 10:15");
        assertThat(live.statusCode()).isEqualTo(302);
        assertThat(services.received("POST", "/api/directory/onboarding/sample-housing/go-live")).hasSize(1);
    }

    @Test
    void changingTheSignInSettingsNeverShowsTheSecretAndAnEmptySecretKeepsIt() {
        services.answer("GET", "/api/directory/onboarding/sample-housing", 200, ONBOARDING.formatted("null"))
                .answer("PUT", "/api/directory/onboarding/sample-housing/identity-provider", 200,
                        ONBOARDING.formatted("null"));
        Map<String, String> form = onboardingForm();
        form.put("clientSecret", "");
        form.put("emailDomains", "sample-housing.example, merged.example");

        HttpResponse<String> page = as(platformAdmin).get("/onboarding/sample-housing/identity-provider");
        HttpResponse<String> saved = as(platformAdmin).post("/onboarding/sample-housing/identity-provider",
                "/onboarding/sample-housing/identity-provider", form);

        assertThat(page.body()).contains("Leave empty to keep the saved secret", "value=\"patchwork\"")
                .doesNotContain("name=\"clientSecret\" value");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(services.received("PUT", "/api/directory/onboarding/sample-housing/identity-provider")
                .getFirst().body()).contains("\"clientSecret\":null", "merged.example");
    }

    @Test
    void onlyAPlatformAdminIsOfferedOrServedTheOnboardingPages() {
        services.answer("GET", "/api/directory/me", 200, PROFILE)
                .answer("GET", "/api/me/notification-preferences", 200, PREFERENCES);

        assertThat(as(administrator).get("/profile").body()).doesNotContain("nav-onboarding");
        for (TestUser user : List.of(practitioner, administrator, igOfficer)) {
            assertThat(as(user).get("/onboarding").statusCode()).isEqualTo(403);
            assertThat(as(user).get("/onboarding/new").statusCode()).isEqualTo(403);
        }
        assertThat(services.received("GET", "/api/directory/onboarding")).isEmpty();
    }
}
