package org.patchwork.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner decides how Patchwork alerts them, puts their visits in their own calendar with a secret link
 * and stops it again, and sees the alerts that were sent to them.
 */
class ProfileJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void aPractitionerChoosesHowTheyAreAlertedAndTheChoiceIsKept() throws Exception {
        try (Browser worker = Browser.signedIn(gateway, "staffordshire-cc", "practitioner")) {
            openProfileOnceAlertsAreKnown(worker);
            worker.assertAccessible();
            worker.screenshot("profile");

            worker.waitFor(By.id("change-alerts")).click();
            worker.waitFor(By.id("save-alerts"));
            worker.assertAccessible();
            worker.screenshot("alert-preferences");
            worker.driver.findElement(By.id("channel.ATTENTION-SMS")).click();
            worker.driver.findElement(By.id("channel.MEMBER_JOINED-NONE")).click();
            worker.type(By.id("quietFrom"), "22:00");
            worker.type(By.id("quietUntil"), "7am");
            worker.driver.findElement(By.id("save-alerts")).click();
            assertThat(worker.text(By.cssSelector(".govuk-error-summary"))).contains("when your quiet hours end");
            assertThat(worker.text(By.id("quietUntil-error"))).contains("for example 07:00");
            assertThat(worker.driver.findElement(By.id("channel.ATTENTION-SMS")).isSelected())
                    .as("what was chosen stays chosen on the page with the error").isTrue();
            worker.assertAccessible();
            worker.screenshot("alert-preferences-errors");

            worker.type(By.id("quietUntil"), "06:30");
            if (!worker.driver.findElement(By.id("dailyDigest")).isSelected()) {
                worker.driver.findElement(By.id("dailyDigest")).click();
            }
            worker.driver.findElement(By.id("save-alerts")).click();
            worker.waitForText(By.id("notice"), "Your alert preferences were saved");

            worker.open(gateway + "/profile/alerts");
            worker.waitFor(By.id("save-alerts"));
            assertThat(worker.driver.findElement(By.id("channel.ATTENTION-SMS")).isSelected()).isTrue();
            assertThat(worker.driver.findElement(By.id("channel.MEMBER_JOINED-NONE")).isSelected()).isTrue();
            assertThat(worker.driver.findElement(By.id("quietFrom")).getDomProperty("value")).isEqualTo("22:00");
            assertThat(worker.driver.findElement(By.id("quietUntil")).getDomProperty("value")).isEqualTo("06:30");
            assertThat(worker.driver.findElement(By.id("dailyDigest")).isSelected()).isTrue();
            worker.open(gateway + "/profile");
            assertThat(worker.text(By.id("quiet-hours"))).startsWith("22:00 to 06:30");
            assertThat(worker.text(By.id("daily-digest"))).startsWith("On");
            assertThat(worker.text(By.id("by-text"))).contains("A colleague raises an attention");
            assertThat(worker.text(By.id("turned-off"))).contains("Someone joins a team you are in");
        }
    }

    @Test
    void aCalendarLinkShowsTheVisitsUntilItIsStopped() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Browser nurse = Browser.signedIn(gateway, "nhs-primary-care", "practitioner")) {
            eventually(Duration.ofSeconds(60), () -> {
                nurse.open(gateway + "/profile");
                nurse.waitFor(By.id("create-calendar-link")).click();
                nurse.waitFor(By.cssSelector("#notice, #calendar-problem"));
                return nurse.driver.findElements(By.id("notice")).isEmpty() ? null : true;
            });
            nurse.waitForText(By.id("notice"), "Your calendar link was created");
            String link = nurse.waitFor(By.id("calendar-link")).getDomProperty("value");
            assertThat(link).startsWith(gateway + "/api/calendar/").endsWith(".ics");
            nurse.assertAccessible();
            nurse.screenshot("profile-calendar-link");
            nurse.open(gateway + "/profile");
            assertThat(nurse.text(By.id("calendar-status"))).startsWith("You have a calendar link, created on ");
            assertThat(nurse.driver.findElements(By.id("calendar-link"))).isEmpty();

            HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/calendar"));
            assertThat(feed.body()).contains("BEGIN:VCALENDAR");

            nurse.waitFor(By.id("stop-calendar-link")).click();
            assertThat(nurse.text(By.id("notice"))).startsWith("Your calendar link was stopped");
            assertThat(nurse.driver.findElements(By.id("calendar-link"))).isEmpty();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

            assertThat(nurse.text(By.id("calendar-status"))).isEqualTo("You have no calendar link.");
            assertThat(nurse.driver.findElements(By.id("stop-calendar-link"))).isEmpty();
            assertThat(nurse.text(By.id("create-calendar-link"))).isEqualTo("Create a calendar link");
        }
    }

    @Test
    void aPractitionerSeesTheInvitationAlertSentToThem() throws Exception {
        String familyName = Browser.uniqueName("Alert");
        try (Browser teacher = Browser.signedIn(gateway, "schools-partnership", "practitioner");
             Browser worker = Browser.signedIn(gateway, "staffordshire-cc", "practitioner")) {
            openProfileOnceAlertsAreKnown(worker);

            String clientPage = teacher.addClient(gateway, "Alex", familyName, "3/5/2014", "CONSENT",
                    "Safeguarding lead at the pupil's school");
            teacher.open(clientPage + "/invite");
            teacher.type(By.id("q"), "Demo Social Worker");
            teacher.driver.findElement(By.id("search")).click();
            var colleague = teacher.waitFor(By.cssSelector(".colleague"));
            colleague.findElement(By.cssSelector("input[name='reason']")).sendKeys("Allocated social worker");
            colleague.findElement(By.cssSelector("button[type='submit']")).click();
            teacher.waitForText(By.id("notice"), "Invitation sent");

            String sent = eventually(Duration.ofSeconds(60), () -> {
                worker.open(gateway + "/profile/notifications");
                var rows = worker.driver.findElements(By.cssSelector("#notifications .notification"));
                return rows.stream().map(row -> row.getText())
                        .filter(text -> text.contains("You are invited to a client's team") && text.contains("Sent"))
                        .findFirst().orElse(null);
            });
            assertThat(sent).contains("Email");
            worker.assertAccessible();
            worker.screenshot("notifications");
        }
    }

    /** The notification service learns of a professional from the directory's events, a moment after sign-in. */
    private static void openProfileOnceAlertsAreKnown(Browser browser) {
        eventually(Duration.ofSeconds(60), () -> {
            browser.open(gateway + "/profile");
            browser.waitFor(By.id("save-profile"));
            return browser.driver.findElements(By.id("alerts-summary")).isEmpty() ? null : true;
        });
    }

    private static <T> T eventually(Duration within, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + within);
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
