package org.patchwork.gateway.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.TestDatabase;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sign-in page and email routing read the agencies from the directory (here a fake of its public list), not
 * from a file: live agencies are offered, one being onboarded only answers its test sign-in link, and a change in
 * the directory shows once the kept list is older than its maximum age (1 s here). When the directory cannot answer,
 * the last list it gave is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAgenciesTest {

    static final FakeDirectory directory = FakeDirectory.start();
    static final String LICHFIELD = FakeDirectory.agency("lichfield-dc", "Lichfield District Council",
            "lichfield-dc.example", true);
    static final String ONBOARDING = FakeDirectory.agency("sample-trust", "Sample Housing Trust",
            "sample-trust.example", false);

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("patchwork.keycloak.issuer", () -> TestKeycloak.get().issuer());
        TestDatabase database = TestDatabase.get("gateway");
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("PATCHWORK_DIRECTORY_URL", directory::url);
        registry.add("patchwork.sign-in.agencies-max-age", () -> "1s");
        registry.add("patchwork.sign-in.agencies-retry-after", () -> "1s");
    }

    @BeforeEach
    void twoAgencies() {
        directory.lists("[" + LICHFIELD + "," + ONBOARDING + "]");
        await().atMost(Duration.ofSeconds(30)).until(() -> signInPage().contains("Lichfield District Council")
                && !signInPage().contains("Sample Fire Service"));
    }

    @Test
    void theSignInPageOffersTheLiveAgenciesTheDirectoryLists() {
        String page = signInPage();

        assertThat(page).contains("data-agency=\"lichfield-dc\"", "idp=lichfield-dc")
                .doesNotContain("Sample Housing Trust");
    }

    @Test
    void aWorkEmailIsRoutedToItsLiveAgencyOnly() {
        HttpResponse<String> live = postEmail("sam.sample@lichfield-dc.example");
        HttpResponse<String> onboarding = postEmail("sam.sample@sample-trust.example");

        assertThat(live.statusCode()).isBetween(302, 303);
        assertThat(live.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("/oauth2/authorization/keycloak?idp=lichfield-dc&login_hint="));
        assertThat(onboarding.statusCode()).isEqualTo(400);
        assertThat(onboarding.body()).contains("We do not recognise the organisation of this email address");
    }

    @Test
    void theTestSignInLinkOfAnAgencyBeingOnboardedGoesToItsIdentityProvider() {
        HttpResponse<String> started = send(get("/oauth2/authorization/keycloak?idp=sample-trust"));
        HttpResponse<String> unknown = send(get("/oauth2/authorization/keycloak?idp=no-such-agency"));

        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("kc_idp_hint=sample-trust"));
        assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("kc_idp_hint"));
    }

    @Test
    void anAgencyGoingLiveInTheDirectoryAppearsOnTheSignInPage() {
        directory.lists("[" + LICHFIELD + "," + ONBOARDING + ","
                + FakeDirectory.agency("sample-fire", "Sample Fire Service", "sample-fire.example", true) + "]");

        await().atMost(Duration.ofSeconds(30)).until(() -> signInPage().contains("Sample Fire Service"));
        assertThat(postEmail("firefighter@sample-fire.example").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("idp=sample-fire"));
    }

    @Test
    void whenTheDirectoryCannotAnswerTheLastListItGaveIsKept() {
        int askedBefore = directory.timesAsked();
        directory.fails(503);

        // The list is asked for again only when a sign-in needs it, once it is older than its maximum age.
        await().atMost(Duration.ofSeconds(30)).until(() -> !signInPage().isEmpty()
                && directory.timesAsked() > askedBefore + 1);
        assertThat(signInPage()).contains("Lichfield District Council");
        assertThat(postEmail("sam.sample@lichfield-dc.example").statusCode()).isBetween(302, 303);
    }

    private String signInPage() {
        HttpResponse<String> page = send(get("/sign-in"));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private HttpResponse<String> postEmail(String email) {
        HttpResponse<String> form = send(get("/sign-in"));
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(set -> set.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().split(";")[0];
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(field.find()).as("the form carries its CSRF token").isTrue();
        return send(get("/sign-in/email").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
