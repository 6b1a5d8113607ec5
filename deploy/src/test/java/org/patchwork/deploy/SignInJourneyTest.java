package org.patchwork.deploy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.patchwork.platform.test.Prometheus;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practitioners of every demo agency sign in through their own organisation's identity provider (OIDC or
 * SAML 2.0, each a separate Keycloak realm standing in for the agency), via the gateway, in a real browser.
 */
class SignInJourneyTest {

    static String gateway;
    static int gatewayManagementPort;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
        gatewayManagementPort = TestPlatform.get().gateway.managementPort();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "lichfield-dc, OIDC, Demo Housing Officer",
            "staffordshire-cc, SAML, Demo Social Worker",
            "nhs-primary-care, OIDC, Demo District Nurse",
            "schools-partnership, OIDC, Demo Safeguarding Lead",
            "staffs-fire, SAML, Demo Firefighter"})
    void aPractitionerSignsInThroughTheirOwnAgencyAndSignsOut(String agency, String protocol, String name)
            throws Exception {
        double signInsBefore = signIns(agency);
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/");
            browser.waitForUrlContaining("/sign-in");
            browser.screenshot("sign-in");
            browser.assertAccessible();
            browser.waitFor(By.cssSelector("a[data-agency='" + agency + "']")).click();

            signInAtAgency(browser, agency, "practitioner");

            assertThat(browser.text(By.id("signed-in-as"))).contains(name);
            assertThat(browser.text(By.id("my-agency"))).isEqualTo(agencyName(agency));
            // What the operators' IdentityProviderFailingSignIns alert and dashboard count, per agency.
            assertThat(signIns(agency)).as("sign-ins of %s on the gateway's metrics", agency)
                    .isGreaterThan(signInsBefore);
            browser.screenshot("home-" + agency);
            browser.assertAccessible();

            browser.waitFor(By.id("sign-out")).click();
            browser.waitForUrlContaining("/signed-out");
            browser.assertAccessible();
            browser.open(gateway + "/");
            browser.waitForUrlContaining("/sign-in");
            assertThat(browser.driver.findElements(By.id("signed-in-as"))).isEmpty();
        }
    }

    @Test
    void aWorkEmailSendsThePractitionerToTheirOrganisationsSignIn() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/sign-in");
            browser.waitFor(By.id("email")).sendKeys("practitioner@nhs-primary-care.example");
            browser.driver.findElement(By.cssSelector("form[action='/sign-in/email'] button")).click();

            signInAtAgency(browser, "nhs-primary-care", "practitioner");

            assertThat(browser.text(By.id("my-agency"))).isEqualTo(agencyName("nhs-primary-care"));
        }
    }

    @Test
    void theBrowserSessionCallsTheApiWithItsTokenRelayedAndNeedsTheCsrfTokenToChangeAnything() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/sign-in");
            browser.waitFor(By.cssSelector("a[data-agency='staffs-fire']")).click();
            signInAtAgency(browser, "staffs-fire", "practitioner");
            browser.waitFor(By.id("signed-in-as"));

            Object me = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/directory/me').then(r => r.json()).then(body => done(body.agency));""");
            Object withoutCsrf = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/directory/me', {method: 'PUT', headers: {'Content-Type': 'application/json'},
                        body: JSON.stringify({name: 'Changed By Another Site', preferredContact: 'EMAIL'})})
                      .then(r => done(r.status));""");
            Object withCsrf = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
                    fetch('/api/directory/me', {method: 'PUT',
                        headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token)},
                        body: JSON.stringify({name: 'Demo Firefighter', jobTitle: 'Home safety officer',
                                              preferredContact: 'MOBILE'})})
                      .then(r => done(r.status));""");

            assertThat(me).isEqualTo("staffs-fire");
            assertThat(withoutCsrf).isEqualTo(403L);
            assertThat(withCsrf).isEqualTo(200L);
        }
    }

    @Test
    void anEmailOfAnUnknownOrganisationIsExplainedTheGovUkWay() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/sign-in");
            browser.waitFor(By.id("email")).sendKeys("someone@unknown-agency.example");
            browser.driver.findElement(By.cssSelector("form[action='/sign-in/email'] button")).click();

            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("We do not recognise");
            assertThat(browser.text(By.id("email-error"))).contains("We do not recognise");
            browser.screenshot("sign-in-error");
            browser.assertAccessible();
        }
    }

    @Test
    void endingTheKeycloakSessionElsewhereEndsTheGatewaySession() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/sign-in");
            browser.waitFor(By.cssSelector("a[data-agency='schools-partnership']")).click();
            signInAtAgency(browser, "schools-partnership", "admin");
            browser.waitFor(By.id("signed-in-as"));

            logOutEverywhere("schools-partnership.admin");

            browser.open(gateway + "/");
            browser.waitForUrlContaining("/sign-in");
        }
    }

    private static double signIns(String agency) {
        return Prometheus.scrape(gatewayManagementPort).sum("patchwork_sign_ins_total", "agency", agency,
                "outcome", "signed-in");
    }

    private static void signInAtAgency(Browser browser, String agency, String username) {
        browser.signInAtAgency(agency, username, gateway);
    }

    /** What an agency administrator or Keycloak itself does when an account must be signed out at once. */
    private static void logOutEverywhere(String username) {
        TestKeycloak keycloak = TestKeycloak.get();
        RestClient admin = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .defaultHeader("Authorization", "Bearer " + keycloak.foreignRealmToken()).build();
        List<Map<String, Object>> users = admin.get()
                .uri(keycloak.url() + "/admin/realms/patchwork/users?username={username}&exact=true", username)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() {
                });
        assertThat(users).hasSize(1);
        List<Map<String, Object>> sessions = admin.get()
                .uri(keycloak.url() + "/admin/realms/patchwork/users/{id}/sessions", users.getFirst().get("id"))
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() {
                });
        assertThat(sessions).isNotEmpty();
        sessions.forEach(session -> admin.delete()
                .uri(keycloak.url() + "/admin/realms/patchwork/sessions/{id}", session.get("id"))
                .retrieve().toBodilessEntity());
    }

    private static String agencyName(String code) {
        return switch (code) {
            case "lichfield-dc" -> "Lichfield District Council";
            case "staffordshire-cc" -> "Staffordshire County Council";
            case "nhs-primary-care" -> "Demo Primary Care Trust";
            case "schools-partnership" -> "Demo Schools Partnership";
            case "staffs-fire" -> "Staffordshire Fire and Rescue Service";
            default -> throw new IllegalArgumentException(code);
        };
    }
}
