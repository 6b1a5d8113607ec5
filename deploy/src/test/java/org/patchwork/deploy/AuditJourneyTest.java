package org.patchwork.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An information governance officer finds out who saw a client of their organisation, and on what basis; a
 * practitioner is neither offered the audit nor let in.
 */
class AuditJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gateway.url();
    }

    @Test
    void anIgOfficerSeesWhoReadAClientAndWhy() throws Exception {
        String familyName = "Audit" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        try (Browser nurse = Browser.signedIn(gateway, "nhs-primary-care", "practitioner");
             Browser officer = Browser.signedIn(gateway, "nhs-primary-care", "ig-officer")) {
            nurse.open(gateway + "/clients/new");
            nurse.type(By.id("givenName"), "Sam");
            nurse.type(By.id("familyName"), familyName);
            nurse.type(By.id("dateOfBirth.day"), "9");
            nurse.type(By.id("dateOfBirth.month"), "2");
            nurse.type(By.id("dateOfBirth.year"), "2012");
            nurse.driver.findElement(By.id("legalBasis-SAFEGUARDING_DUTY")).click();
            nurse.type(By.id("reason"), "School nurse: asthma plan");
            nurse.driver.findElement(By.id("add-client")).click();
            nurse.waitFor(By.id("client-name"));
            String clientPage = nurse.driver.getCurrentUrl().replaceAll("[?#].*$", "");
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

            officer.waitFor(By.cssSelector(".audit-record[data-action='OVERVIEW_VIEWED'] td:nth-child(2) a")).click();
            assertThat(officer.text(By.id("audit-records"))).contains("Demo District Nurse");
            assertThat(officer.driver.findElement(By.cssSelector("#professional option:checked")).getText())
                    .isEqualTo("Demo District Nurse");

            assertThat(nurse.driver.findElements(By.id("nav-audit"))).isEmpty();
            nurse.open(gateway + "/audit?search=true&client=" + reference);
            assertThat(nurse.text(By.tagName("h1"))).isEqualTo("You cannot do this");
        }
    }
}
