package org.patchwork.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner who uses no mouse — a keyboard, or a switch that sends its keys — gets everywhere they need:
 * past the navigation with the skip link, to finding and adding a client, the directory and their profile, and
 * through a whole form; the focus can be seen at every stop.
 */
class KeyboardJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void aPractitionerReachesTheMainPagesAndAddsAClientWithTheKeyboardAlone() throws Exception {
        String familyName = Browser.uniqueName("Keyboard");
        try (Browser browser = Browser.signedIn(gateway, "staffs-fire", "practitioner")) {
            Keyboard keyboard = new Keyboard(browser);

            browser.open(gateway + "/");
            browser.waitFor(By.id("signed-in-as"));
            keyboard.tab();
            assertThat(keyboard.focused().getText()).isEqualTo("Skip to main content");
            keyboard.assertFocusVisible();
            browser.screenshot("keyboard-skip-link");
            keyboard.press(Keys.ENTER);
            assertThat(browser.driver.getCurrentUrl()).endsWith("#main-content");
            keyboard.tab();
            assertThat((Boolean) browser.driver.executeScript(
                    "return document.getElementById('main-content').contains(document.activeElement)"))
                    .as("the first Tab after the skip link lands in the main content").isTrue();

            browser.open(gateway + "/");
            browser.waitFor(By.id("signed-in-as"));
            keyboard.tabToLink("Find a client");
            browser.screenshot("keyboard-navigation");
            keyboard.press(Keys.ENTER);
            browser.waitForUrlContaining("/clients/find");
            keyboard.tabToId("familyName");
            keyboard.tabToLink("Add a new client");
            keyboard.press(Keys.ENTER);
            browser.waitForUrlContaining("/clients/new");

            keyboard.tabToId("givenName");
            keyboard.type("Robin");
            keyboard.tabToId("familyName");
            keyboard.type(familyName);
            keyboard.tabToId("dateOfBirth.day");
            keyboard.type("12");
            keyboard.tab().type("9");
            keyboard.tab().type("2016");
            assertThat(keyboard.focused().getDomAttribute("id")).isEqualTo("dateOfBirth.year");
            keyboard.tabToId("postcode");
            keyboard.type("WS14 9AA");
            WebElement firstBasis = keyboard.tabTo("the first legal basis",
                    element -> "legalBasis".equals(element.getDomAttribute("name")));
            keyboard.press(Keys.SPACE);
            assertThat(firstBasis.isSelected()).as("Space chooses the focused radio").isTrue();
            keyboard.tabToId("reason");
            keyboard.type("Home fire safety visit; smoke alarms fitted");
            keyboard.tabToId("add-client");
            keyboard.shiftTab();
            assertThat(keyboard.focused().getDomAttribute("id")).isEqualTo("reason");
            assertThat(keyboard.focused().getDomProperty("value")).isEqualTo("Home fire safety visit; smoke alarms fitted");
            keyboard.tabToId("add-client");
            keyboard.press(Keys.ENTER);
            assertThat(browser.text(By.id("client-name"))).isEqualTo("Robin " + familyName);

            keyboard.tabToLink("Directory");
            keyboard.press(Keys.ENTER);
            browser.waitForUrlContaining("/directory");
            keyboard.tabToId("q");
            keyboard.type("Demo Firefighter").press(Keys.ENTER);
            assertThat(browser.text(By.cssSelector(".person"))).contains("Demo Firefighter");

            keyboard.tabToLink("My profile");
            keyboard.press(Keys.ENTER);
            browser.waitForUrlContaining("/profile");
            keyboard.tabToId("team");
            keyboard.selectAll().type("Prevention team");
            keyboard.tabToId("save-profile");
            keyboard.press(Keys.ENTER);
            browser.waitForText(By.id("notice"), "Your details were saved");
            assertThat(browser.driver.findElement(By.id("team")).getDomProperty("value")).isEqualTo("Prevention team");
        }
    }
}
