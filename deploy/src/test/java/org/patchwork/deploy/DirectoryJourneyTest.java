package org.patchwork.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner keeps their own contact details right and finds colleagues in the directory. */
class DirectoryJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void aPractitionerCorrectsTheirDetailsAndColleaguesFindThem() throws Exception {
        try (Browser ig = Browser.signedIn(gateway, "staffordshire-cc", "ig-officer");
             Browser teacher = Browser.signedIn(gateway, "schools-partnership", "practitioner")) {
            ig.open(gateway + "/profile");
            ig.type(By.id("workPhone"), "call me maybe");
            ig.driver.findElement(By.id("save-profile")).click();
            assertThat(ig.text(By.cssSelector(".govuk-error-summary"))).contains("Your work phone");
            assertThat(ig.text(By.id("workPhone-error"))).contains("Your work phone");
            ig.assertAccessible();
            ig.screenshot("profile-errors");

            ig.type(By.id("jobTitle"), "Information governance officer");
            ig.type(By.id("workPhone"), "01785 223121");
            ig.driver.findElement(By.id("preferredContact-WORK_PHONE")).click();
            ig.driver.findElement(By.id("save-profile")).click();
            ig.waitForText(By.id("notice"), "Your details were saved");

            teacher.open(gateway + "/directory");
            teacher.type(By.id("q"), "governance officer");
            teacher.driver.findElement(By.id("search")).click();
            assertThat(teacher.text(By.cssSelector(".person"))).contains("Example IG Officer", "01785 223121",
                    "Staffordshire County Council", "Prefers work phone");
            teacher.assertAccessible();
            teacher.type(By.id("q"), "Staffordshire");
            teacher.driver.findElement(By.id("search")).click();
            assertThat(teacher.text(By.id("organisations"))).contains("Staffordshire County Council",
                    "Staffordshire Fire and Rescue Service").doesNotContain("Lichfield District Council");
            teacher.screenshot("directory");
        }
    }
}
