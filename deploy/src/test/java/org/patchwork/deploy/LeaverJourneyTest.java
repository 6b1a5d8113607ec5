package org.patchwork.deploy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner whom their agency's administrator marks as having left is refused at their next sign-in: the
 * gateway asks the directory, ends the session at once and shows a page saying that their Patchwork access has
 * ended, instead of the app. An account disabled in Keycloak is signed out of the gateway at once.
 */
class LeaverJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void aPractitionerMarkedAsLeftIsSignedOutOnAPageSayingTheirAccessHasEnded() throws Exception {
        String username = Browser.uniqueName("leaver-");
        String email = username + "@lichfield-dc.example";
        // "Aaron" sorts the leaver onto the first page of the agency's staff list.
        createAgencyAccount("lichfield-dc", username, email, "Aaron", "Leaver " + username);

        try (Browser leaver = Browser.signedIn(gateway, "lichfield-dc", username);
             Browser admin = Browser.signedIn(gateway, "lichfield-dc", "admin")) {
            admin.waitFor(By.id("nav-staff")).click();
            admin.waitFor(By.cssSelector(".staff-member[data-email='" + email + "'] .left-link")).click();
            admin.waitFor(By.id("confirm-left")).click();
            assertThat(admin.text(By.id("notice"))).contains("is marked as having left");
        }

        try (Browser again = new Browser()) {
            again.open(gateway + "/sign-in");
            again.waitFor(By.cssSelector("a[data-agency='lichfield-dc']")).click();
            again.signInAtAgency("lichfield-dc", username, gateway);
            again.waitForUrlContaining("/access-ended");
            assertThat(again.text(By.id("access-ended"))).isEqualTo("Your Patchwork access has ended");
            assertThat(again.text(By.id("access-ended-reason"))).contains("you have left");
            assertThat(again.driver.findElements(By.id("signed-in-as"))).isEmpty();
            again.assertAccessible();
            again.screenshot("access-ended");

            again.open(gateway + "/");
            again.waitForUrlContaining("/sign-in");
        }
    }

    @Test
    void anAccountDisabledInKeycloakIsSignedOutOfTheGatewayAtOnce() throws Exception {
        String username = Browser.uniqueName("disabled-");
        createAgencyAccount("lichfield-dc", username, username + "@lichfield-dc.example", "Aaron",
                "Disabled " + username);

        try (Browser practitioner = Browser.signedIn(gateway, "lichfield-dc", username)) {
            practitioner.open(gateway + "/profile");
            practitioner.waitFor(By.id("signed-in-as"));

            TestKeycloak keycloak = TestKeycloak.get();
            keycloak.disableUser(keycloak.userIdOf("lichfield-dc." + username));

            // Long before the access token the gateway holds expires.
            practitioner.open(gateway + "/profile");
            practitioner.waitForUrlContaining(gateway + "/sign-in");
            assertThat(practitioner.driver.findElements(By.id("signed-in-as"))).isEmpty();
        }
    }

    /** A new account at the agency's own identity provider (a demo realm of the test Keycloak), password "demo". */
    private static void createAgencyAccount(String agency, String username, String email, String firstName,
                                            String lastName) {
        TestKeycloak keycloak = TestKeycloak.get();
        RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .defaultHeader("Authorization", "Bearer " + keycloak.foreignRealmToken()).build()
                .post().uri(keycloak.url() + "/admin/realms/demo-{agency}/users", agency)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "enabled", true, "email", email, "emailVerified", true,
                        "firstName", firstName, "lastName", lastName,
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .retrieve().toBodilessEntity();
    }
}
