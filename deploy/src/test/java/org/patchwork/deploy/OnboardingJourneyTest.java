package org.patchwork.deploy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.patchwork.platform.test.TestKeycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sixth agency joins in one sitting: its own identity provider is a fresh realm of the test Keycloak (made here
 * through the admin API, with one user). A platform administrator onboards the agency through the web app's pages,
 * someone of the agency signs in through the test link, the administrator sees it worked and makes the agency live,
 * and the agency's user then signs in from the sign-in page and sees Patchwork.
 */
class OnboardingJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void aPlatformAdministratorOnboardsANewAgencyWhoseStaffThenSignIn() throws Exception {
        String run = Browser.uniqueName("");
        String code = "sample-" + run;
        String realm = "demo-" + code;
        String secret = "broker-secret-" + Browser.uniqueName("");
        String keycloak = TestKeycloak.get().url();
        TestKeycloak.get().createAgencyRealm(realm, "patchwork", secret,
                keycloak + "/realms/patchwork/broker/" + code + "/endpoint", "practitioner", "demo", "Sam",
                "Sample " + run, "sam." + run + "@" + code + ".example");

        try (Browser firstVisit = Browser.signedIn(gateway, "lichfield-dc", "admin")) {
            firstVisit.waitFor(By.id("signed-in-as"));
        }
        TestKeycloak.get().grantRealmRole("lichfield-dc.admin", "platform-admin");

        try (Browser admin = Browser.signedIn(gateway, "lichfield-dc", "admin")) {
            admin.waitFor(By.id("nav-onboarding")).click();
            admin.waitFor(By.id("onboard-agency"));
            admin.assertAccessible();
            admin.screenshot("onboarding");

            admin.driver.findElement(By.id("onboard-agency")).click();
            admin.waitFor(By.id("save-agency")).click();
            assertThat(admin.text(By.cssSelector(".govuk-error-summary"))).contains("Enter the organisation's name",
                    "Choose the kind of organisation", "Enter the email domains of its staff");
            admin.assertAccessible();
            admin.screenshot("onboarding-errors");

            admin.type(By.id("name"), "Sample Housing Trust " + run);
            admin.type(By.id("code"), code);
            admin.driver.findElement(By.id("kind-HOUSING")).click();
            admin.type(By.id("areas"), "Tamworth");
            admin.type(By.id("emailDomains"), code + ".example");
            admin.driver.findElement(By.id("protocol-OIDC")).click();
            admin.type(By.id("discoveryUrl"), keycloak + "/realms/" + realm + "/.well-known/openid-configuration");
            admin.type(By.id("clientId"), "patchwork");
            admin.type(By.id("clientSecret"), secret);
            admin.driver.findElement(By.id("save-agency")).click();
            admin.waitForText(By.id("notice"), "Sample Housing Trust " + run + " is set up: ask them to test their"
                    + " sign-in");
            assertThat(admin.text(By.id("status"))).isEqualTo("Not live yet");
            assertThat(admin.text(By.id("test-sign-in"))).contains("No test sign-in yet");
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
            admin.assertAccessible();
            admin.screenshot("onboarding-agency");
            String testLink = admin.waitFor(By.id("test-sign-in-link")).getDomProperty("href");

            try (Browser tester = new Browser()) {
                // Gateways keep the directory's list of agencies for up to 30 seconds: until theirs has the new
                // agency, the link leads to Keycloak's own chooser instead of straight to the agency.
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    tester.open(testLink);
                    return tester.driver.getCurrentUrl().contains("/realms/" + realm + "/");
                });
                signInAtNewAgency(tester, realm);
                tester.waitForText(By.tagName("h1"), "Your sign-in works");
                tester.assertAccessible();
            }

            admin.driver.navigate().refresh();
            assertThat(admin.text(By.id("test-sign-in"))).contains("Test sign-in worked", "Sam Sample " + run);
            admin.driver.findElement(By.id("go-live")).click();
            admin.waitForText(By.id("notice"), "Sample Housing Trust " + run + " is live: its staff can sign in");
            assertThat(admin.text(By.id("status"))).isEqualTo("Live");
            admin.assertAccessible();
        }

        try (Browser practitioner = new Browser()) {
            // Gateways keep the directory's list of agencies for up to 30 seconds.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                practitioner.open(gateway + "/sign-in");
                return !practitioner.driver.findElements(By.cssSelector("a[data-agency='" + code + "']")).isEmpty();
            });
            practitioner.assertAccessible();
            practitioner.type(By.id("email"), "sam." + run + "@" + code + ".example");
            practitioner.driver.findElement(By.cssSelector("form[action='/sign-in/email'] button")).click();
            signInAtNewAgency(practitioner, realm);
            practitioner.waitFor(By.id("signed-in-as"));
            assertThat(practitioner.text(By.id("signed-in-as"))).contains("Sam Sample " + run);
        }
    }

    /** Signs in as the new agency's user at its own identity provider, where the gateway sent the browser. */
    private static void signInAtNewAgency(Browser browser, String realm) {
        browser.waitForUrlContaining("/realms/" + realm + "/");
        browser.type(By.id("username"), "practitioner");
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitForUrlContaining(gateway);
    }
}
