package org.patchwork.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An information governance officer finds out who saw a client of their organisation, and on what basis, in
 * client-network and in the schedule, and is offered the client's subject access export; a practitioner is neither
 * offered the audit nor let in.
 */
class AuditJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void anIgOfficerSeesWhoReadAClientAndWhy() throws Exception {
        String familyName = Browser.uniqueName("Audit");
        try (Browser nurse = Browser.signedIn(gateway, "nhs-primary-care", "practitioner");
             Browser officer = Browser.signedIn(gateway, "nhs-primary-care", "ig-officer")) {
            String clientPage = nurse.addClient(gateway, "Sam", familyName, "9/2/2012", "SAFEGUARDING_DUTY",
                    "School nurse: asthma plan");
            String reference = clientPage.substring(clientPage.lastIndexOf('/') + 1);
            nurse.open(clientPage);
            nurse.waitFor(By.id("client-name"));

            officer.waitFor(By.id("nav-audit")).click();
            officer.waitFor(By.id("search-audit"));
            officer.assertAccessible();
            officer.screenshot("audit");
            officer.type(By.id("client"), "not a reference");
            officer.driver.findElement(By.id("search-audit")).click();
            assertThat(officer.text(By.id("client-error"))).contains("Enter the client's Patchwork reference");
            officer.assertAccessible();

            officer.type(By.id("client"), clientPage);
            officer.driver.findElement(By.id("search-audit")).click();
            assertThat(officer.text(By.cssSelector(".audit-record[data-action='OVERVIEW_VIEWED']")))
                    .contains("Viewed the client's page", "Demo District Nurse", "Demo Primary Care Trust",
                            reference.substring(0, 8), "Safeguarding duty");
            assertThat(officer.text(By.cssSelector(".audit-record[data-action='CLIENT_REGISTERED']")))
                    .contains("Added the client", "Demo District Nurse");
            assertThat(officer.driver.getPageSource()).doesNotContain(familyName);
            officer.assertAccessible();
            officer.screenshot("audit-results");

            nurse.open(clientPage);
            nurse.waitFor(By.id("client-name"));
            assertThat(officer.openUntilShown(gateway + "/audit?search=true&client=" + reference,
                    By.cssSelector(".audit-record[data-action='OVERVIEW_VIEWED']"), "Schedule").getText())
                    .as("the schedule's read of the client, in the same trail").contains("Demo District Nurse");
            assertThat(officer.text(By.id("export"))).isEqualTo("Export everything held about this client");
            officer.assertAccessible();

            officer.waitFor(By.cssSelector(".audit-record[data-action='OVERVIEW_VIEWED'] td:nth-child(2) a")).click();
            assertThat(officer.text(By.id("audit-records"))).contains("Demo District Nurse");
            assertThat(officer.driver.findElement(By.cssSelector("#professional option:checked")).getText())
                    .isEqualTo("Demo District Nurse");

            assertThat(nurse.driver.findElements(By.id("nav-audit"))).isEmpty();
            nurse.open(gateway + "/audit?search=true&client=" + reference);
            assertThat(nurse.text(By.tagName("h1"))).isEqualTo("You cannot do this");
        }
    }

    @Test
    void anIgOfficerReviewsAColleagueWhoAddedThemselvesToAClientsTeam() throws Exception {
        String familyName = Browser.uniqueName("Breakglass");
        try (Browser housing = Browser.signedIn(gateway, "lichfield-dc", "practitioner");
             Browser nurse = Browser.signedIn(gateway, "nhs-primary-care", "practitioner");
             Browser officer = Browser.signedIn(gateway, "nhs-primary-care", "ig-officer")) {
            housing.addClient(gateway, "Alex", familyName, "3/7/2013", "CONSENT", "Tenancy support for the family");

            nurse.open(gateway + "/clients/find");
            nurse.type(By.id("familyName"), familyName);
            nurse.type(By.id("dateOfBirth.day"), "3");
            nurse.type(By.id("dateOfBirth.month"), "7");
            nurse.type(By.id("dateOfBirth.year"), "2013");
            nurse.type(By.id("reason"), "Out-of-hours call about the child");
            nurse.driver.findElement(By.id("find")).click();
            nurse.waitFor(By.cssSelector("#candidates .join-link")).click();
            nurse.driver.findElement(By.id("legalBasis-SAFEGUARDING_DUTY")).click();
            nurse.type(By.id("reason"), "Out-of-hours safeguarding call");
            nurse.driver.findElement(By.id("join")).click();
            nurse.waitFor(By.id("client-name"));

            officer.open(gateway + "/audit");
            officer.waitFor(By.id("self-joins-link")).click();
            WebElement selfJoin = officer.waitFor(By.xpath(
                    "//li[contains(@class,'self-join')][.//*[contains(text(),'Out-of-hours safeguarding call')]]"));
            assertThat(selfJoin.getText()).contains("Demo District Nurse", "Safeguarding duty", "Awaiting review")
                    .doesNotContain(familyName);
            officer.assertAccessible();
            officer.screenshot("audit-self-joins");
            selfJoin.findElement(By.cssSelector(".review-link")).click();

            officer.waitFor(By.id("record-review")).click();
            assertThat(officer.text(By.id("outcome-error"))).contains("Choose whether the self-join was appropriate");
            officer.assertAccessible();
            officer.driver.findElement(By.id("outcome-APPROPRIATE")).click();
            officer.type(By.id("note"), "Confirmed with the out-of-hours manager");
            officer.driver.findElement(By.id("record-review")).click();
            officer.waitForText(By.id("notice"), "Your review was recorded");
            assertThat(officer.driver.getPageSource()).doesNotContain("Out-of-hours safeguarding call");

            officer.waitFor(By.id("show-all")).click();
            assertThat(officer.waitFor(By.xpath(
                    "//li[contains(@class,'self-join')][.//*[contains(text(),'Out-of-hours safeguarding call')]]"))
                    .getText()).contains("Appropriate", "Confirmed with the out-of-hours manager");
            officer.driver.findElement(By.xpath("//li[contains(@class,'self-join')]"
                    + "[.//*[contains(text(),'Out-of-hours safeguarding call')]]//a[contains(.,'See the review')]")).click();
            assertThat(officer.text(By.id("already-reviewed"))).isEqualTo("Review");
            assertThat(officer.text(By.tagName("main"))).contains("Appropriate", "Confirmed with the out-of-hours manager")
                    .doesNotContain(familyName);
            assertThat(officer.driver.findElements(By.id("record-review"))).isEmpty();
            officer.assertAccessible();

            nurse.open(gateway + "/audit/self-joins");
            assertThat(nurse.text(By.tagName("h1"))).isEqualTo("You cannot do this");
        }
    }
}
