package org.patchwork.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency administrator keeps their organisation's staff right: imports a staff list from a spreadsheet and
 * reads what each row did, adds and corrects someone by hand, and marks a leaver, who then drops off the list. A
 * practitioner of the same organisation is not offered these pages and is refused them.
 */
class AgencyAdminJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void anAdministratorImportsStaffWithOneBadRowAndMarksALeaver() throws Exception {
        String run = Browser.uniqueName("");
        String warden = "warden-" + run + "@lichfield-dc.example";
        String leaver = "leaver-" + run + "@lichfield-dc.example";
        Path csv = Files.createTempFile("staff-", ".csv");
        Files.writeString(csv, """
                name,email,jobTitle,team,preferredContact,areas
                Sample Warden %1$s,%2$s,Community warden,Community safety,EMAIL,Lichfield;Burntwood
                Sample Typo %1$s,not-an-email,Caretaker,,EMAIL,
                Sample Leaver %1$s,%3$s,Housing officer,Housing,WORK_PHONE,
                """.formatted(run, warden, leaver));
        try (Browser admin = Browser.signedIn(gateway, "lichfield-dc", "admin");
             Browser practitioner = Browser.signedIn(gateway, "lichfield-dc", "practitioner")) {
            admin.waitFor(By.id("nav-staff")).click();
            admin.waitFor(By.id("import-staff"));
            admin.assertAccessible();
            admin.screenshot("staff");

            admin.driver.findElement(By.id("import-staff")).click();
            admin.waitFor(By.id("upload")).click();
            assertThat(admin.text(By.id("file-error"))).contains("Choose a CSV file");
            admin.assertAccessible();
            admin.screenshot("staff-import-errors");
            admin.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            admin.driver.findElement(By.id("upload")).click();
            assertThat(admin.text(By.id("created"))).isEqualTo("2");
            assertThat(admin.text(By.id("rejected"))).isEqualTo("1");
            assertThat(admin.text(By.id("rejected-warning"))).contains("1 row was not imported");
            assertThat(admin.text(By.cssSelector(".import-row[data-line='3']")))
                    .contains("not-an-email", "Not imported", "email: must be an email address");
            assertThat(admin.text(By.cssSelector(".import-row[data-line='2']"))).contains(warden, "Added");
            admin.assertAccessible();
            admin.screenshot("staff-import-report");

            admin.waitFor(By.id("back-to-staff")).click();
            assertThat(admin.text(By.id("staff"))).contains("Sample Warden " + run, "Sample Leaver " + run)
                    .doesNotContain("Sample Typo");

            admin.waitFor(By.id("add-staff")).click();
            admin.waitFor(By.id("save-staff")).click();
            assertThat(admin.text(By.cssSelector(".govuk-error-summary"))).contains("Enter their name",
                    "Enter their work email");
            admin.assertAccessible();
            admin.screenshot("staff-add-errors");
            admin.type(By.id("name"), "Sample Outreach " + run);
            admin.type(By.id("email"), "outreach-" + run + "@lichfield-dc.example");
            admin.type(By.id("workPhone"), "not a phone");
            admin.driver.findElement(By.id("save-staff")).click();
            assertThat(admin.text(By.id("workPhone-error"))).contains("Work phone must be a UK phone number");
            admin.type(By.id("workPhone"), "01543 308123");
            admin.driver.findElement(By.id("save-staff")).click();
            admin.waitForText(By.id("notice"), "Sample Outreach " + run + " was added");

            admin.waitFor(By.cssSelector(".staff-member[data-email='" + warden + "'] .change-link")).click();
            assertThat(admin.waitFor(By.id("areas")).getDomProperty("value")).isEqualTo("Lichfield, Burntwood");
            admin.assertAccessible();
            admin.type(By.id("jobTitle"), "Senior community warden");
            admin.driver.findElement(By.id("save-staff")).click();
            admin.waitForText(By.id("notice"), "Sample Warden " + run + "'s details were saved");
            assertThat(admin.text(By.cssSelector(".staff-member[data-email='" + warden + "']")))
                    .contains("Senior community warden");

            admin.waitFor(By.cssSelector(".staff-member[data-email='" + leaver + "'] .left-link")).click();
            assertThat(admin.text(By.tagName("h1"))).isEqualTo("Has Sample Leaver " + run
                    + " left Lichfield District Council?");
            admin.assertAccessible();
            admin.screenshot("staff-leaver");
            admin.driver.findElement(By.id("confirm-left")).click();
            admin.waitForText(By.id("notice"), "Sample Leaver " + run
                    + " is marked as having left: they can no longer see any client");
            assertThat(admin.text(By.id("staff"))).doesNotContain(leaver).contains(warden);

            assertThat(practitioner.driver.findElements(By.id("nav-staff"))).isEmpty();
            practitioner.open(gateway + "/staff");
            assertThat(practitioner.text(By.tagName("h1"))).isEqualTo("You cannot do this");
            practitioner.open(gateway + "/staff/import");
            assertThat(practitioner.text(By.tagName("h1"))).isEqualTo("You cannot do this");
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
