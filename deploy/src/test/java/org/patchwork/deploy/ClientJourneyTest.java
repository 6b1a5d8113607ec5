package org.patchwork.deploy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two practitioners of different agencies, each signed in through their own organisation, share a client in
 * the web app: one adds the client and invites the other; the other accepts and schedules a visit, which the
 * first sees; the visit is recorded as completed and becomes the most recent contact; the team talks through an
 * attention; the second leaves and the client disappears for them; the first closes the client's record with a
 * reason and reopens it. A third practitioner who is not in the
 * team finds no trace of the client except through the identifying look-up.
 */
class ClientJourneyTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void twoPractitionersShareAClientAndOnlyTheTeamSeesIt() throws Exception {
        String familyName = Browser.uniqueName("Sample");
        try (Browser nurse = Browser.signedIn(gateway, "nhs-primary-care", "practitioner");
             Browser housing = Browser.signedIn(gateway, "lichfield-dc", "practitioner");
             Browser firefighter = Browser.signedIn(gateway, "staffs-fire", "practitioner")) {

            housing.open(gateway + "/clients/new");
            housing.assertAccessible();
            housing.waitFor(By.id("add-client")).click();
            assertThat(housing.text(By.cssSelector(".govuk-error-summary"))).contains("Enter the client's given name");
            housing.assertAccessible();
            housing.screenshot("add-client-errors");
            housing.type(By.id("givenName"), "Jordan");
            housing.type(By.id("familyName"), familyName);
            housing.type(By.id("dateOfBirth.day"), "1");
            housing.type(By.id("dateOfBirth.month"), "4");
            housing.type(By.id("dateOfBirth.year"), "2015");
            housing.type(By.id("postcode"), "WS13 6YY");
            housing.driver.findElement(By.id("legalBasis-CONSENT")).click();
            housing.type(By.id("reason"), "Housing officer supporting the family's tenancy");
            housing.driver.findElement(By.id("add-client")).click();
            assertThat(housing.text(By.id("client-name"))).isEqualTo("Jordan " + familyName);
            String clientPage = housing.driver.getCurrentUrl();
            housing.screenshot("client-page");
            housing.assertAccessible();

            housing.waitFor(By.id("invite-colleague")).click();
            housing.type(By.id("q"), "Demo District Nurse");
            housing.driver.findElement(By.id("search")).click();
            var colleague = housing.waitFor(By.cssSelector(".colleague"));
            housing.assertAccessible();
            colleague.findElement(By.cssSelector("input[name='reason']")).sendKeys("Weekly wound care at home");
            colleague.findElement(By.cssSelector("button[type='submit']")).click();
            housing.waitForText(By.id("notice"), "Invitation sent");

            nurse.open(gateway + "/");
            nurse.waitFor(By.cssSelector("#invitations a")).click();
            nurse.assertAccessible();
            nurse.driver.findElement(By.id("legalBasis-SAFEGUARDING_DUTY")).click();
            nurse.type(By.id("reason"), "District nurse visiting weekly");
            nurse.driver.findElement(By.id("accept")).click();
            assertThat(nurse.text(By.id("team"))).contains("Demo Housing Officer", "Demo District Nurse");
            assertThat(nurse.driver.getCurrentUrl()).isEqualTo(clientPage);

            ZonedDateTime visitStart = ZonedDateTime.now(UK).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
            nurse.waitFor(By.id("schedule-visit")).click();
            nurse.type(By.id("when.date.day"), String.valueOf(visitStart.getDayOfMonth()));
            nurse.type(By.id("when.date.month"), String.valueOf(visitStart.getMonthValue()));
            nurse.type(By.id("when.date.year"), String.valueOf(visitStart.getYear()));
            nurse.type(By.id("when.time"), visitStart.toLocalTime().toString());
            nurse.type(By.id("duration"), "30");
            nurse.type(By.id("purpose"), "Wound dressing");
            nurse.assertAccessible();
            nurse.driver.findElement(By.id("schedule")).click();
            nurse.waitForText(By.id("notice"), "Visit scheduled");

            housing.open(clientPage);
            assertThat(housing.text(By.id("visits"))).contains("Demo District Nurse", "Wound dressing");
            housing.screenshot("client-page-upcoming-visit");

            Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(UK), visitStart).toMillis()) + 2_000);
            nurse.open(clientPage);
            nurse.waitFor(By.cssSelector("#visits .visit-link")).click();
            nurse.assertAccessible();
            nurse.waitFor(By.id("completed")).click();
            nurse.waitForText(By.id("notice"), "Visit recorded as completed");

            housing.open(clientPage);
            assertThat(housing.driver.findElement(By.cssSelector("#contacts tbody tr")).getText())
                    .contains("Demo District Nurse");
            assertThat(housing.text(By.id("days-since-seen"))).isEqualTo("Seen today");

            // The start page keeps its copy of the schedule from the schedule's events: the visit just recorded
            // reaches it a moment later.
            String myClient = "//li[contains(@class,'my-client')][.//a[contains(text(),'" + familyName + "')]]";
            housing.openUntilShown(gateway + "/", By.xpath(myClient + "//dd[contains(@class,'last-contact')]"),
                    "Demo District Nurse");
            assertThat(housing.text(By.xpath(myClient + "//dd[contains(@class,'last-seen')]"))).isEqualTo("Today");
            housing.assertAccessible();
            housing.screenshot("my-clients");
            housing.open(clientPage);

            housing.type(By.id("message"), "Mum has moved; new address known to housing");
            housing.driver.findElement(By.id("raise-attention")).click();
            assertThat(housing.text(By.id("attention-list"))).contains("Mum has moved; new address known to housing");

            nurse.open(clientPage);
            assertThat(nurse.text(By.id("attention-list"))).contains("Mum has moved");
            nurse.screenshot("client-page-member");
            nurse.driver.findElement(By.cssSelector("#attention-list .resolve-attention")).click();
            nurse.waitForText(By.id("notice"), "The attention is marked as dealt with");
            assertThat(nurse.driver.findElements(By.id("attention-list"))).isEmpty();
            nurse.waitFor(By.id("leave")).click();
            nurse.waitForText(By.id("notice"), "You have left the client's team");
            nurse.open(clientPage);
            assertThat(nurse.text(By.tagName("h1"))).isEqualTo("Page not found");
            assertThat(nurse.driver.getPageSource()).doesNotContain(familyName);

            housing.open(clientPage);
            housing.waitFor(By.id("close-client")).click();
            housing.assertAccessible();
            housing.waitFor(By.id("change-status")).click();
            assertThat(housing.text(By.cssSelector(".govuk-error-summary"))).contains("Choose a reason");
            housing.assertAccessible();
            housing.driver.findElement(By.id("reason-MOVED_OUT_OF_AREA")).click();
            housing.type(By.id("note"), "Family moved to another county");
            housing.driver.findElement(By.id("change-status")).click();
            housing.waitForText(By.id("notice"), "The client's record is closed");
            assertThat(housing.text(By.id("client-closed"))).isEqualTo("Closed");
            assertThat(housing.driver.findElements(By.id("invite-colleague"))).isEmpty();
            housing.screenshot("client-closed");
            housing.waitFor(By.id("reopen-client")).click();
            housing.assertAccessible();
            housing.driver.findElement(By.id("reason-NEW_CONCERN")).click();
            housing.driver.findElement(By.id("change-status")).click();
            housing.waitForText(By.id("notice"), "The client's record is open again");
            assertThat(housing.driver.findElements(By.id("client-closed"))).isEmpty();
            housing.waitFor(By.id("close-client"));

            firefighter.open(clientPage);
            assertThat(firefighter.text(By.tagName("h1"))).isEqualTo("Page not found");
            assertThat(firefighter.driver.getPageSource()).doesNotContain(familyName);
            firefighter.open(gateway + "/");
            assertThat(firefighter.driver.getPageSource()).doesNotContain(familyName);
            firefighter.open(gateway + "/clients/find");
            firefighter.type(By.id("familyName"), familyName);
            firefighter.type(By.id("dateOfBirth.day"), "1");
            firefighter.type(By.id("dateOfBirth.month"), "4");
            firefighter.type(By.id("dateOfBirth.year"), "2015");
            firefighter.type(By.id("reason"), "Home fire safety visit booked");
            firefighter.driver.findElement(By.id("find")).click();
            assertThat(firefighter.text(By.id("candidates"))).contains("J.", "2015", "WS13").doesNotContain(familyName);
            firefighter.screenshot("look-up-candidates");
            firefighter.assertAccessible();
        }
    }
}
