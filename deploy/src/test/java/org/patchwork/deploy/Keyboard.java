package org.patchwork.deploy;

import java.util.function.Predicate;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user with a keyboard and no mouse: every move is a key press sent to whatever has the focus, as a keyboard
 * or switch user works. Nothing here clicks.
 */
final class Keyboard {

    private static final int MOST_TABS = 60;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** What has the focus now. */
    WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    Keyboard press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
        return this;
    }

    Keyboard tab() {
        return press(Keys.TAB);
    }

    Keyboard shiftTab() {
        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return this;
    }

    /** Selects all the text of the focused field, so that typing replaces it. */
    Keyboard selectAll() {
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        return this;
    }

    /** Types into the focused field. */
    Keyboard type(String text) {
        return press(text);
    }

    /**
     * Presses Tab until the focus reaches what {@code wanted} describes, checking at each stop that the focus can be
     * seen; fails if it is not reached within a page's worth of presses.
     */
    WebElement tabTo(String what, Predicate<WebElement> wanted) {
        for (int presses = 0; presses < MOST_TABS; presses++) {
            tab();
            WebElement focused = focused();
            assertFocusVisible();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.driver.getCurrentUrl());
    }

    WebElement tabToId(String id) {
        return tabTo("#" + id, element -> id.equals(element.getDomAttribute("id")));
    }

    WebElement tabToLink(String text) {
        return tabTo("the link \"" + text + "\"", element -> "a".equals(element.getTagName())
                && text.equals(element.getText().trim()));
    }

    /**
     * The focused element shows the GOV.UK focus state (the yellow outline, background or shadow), on itself or,
     * for a radio or checkbox, on its label's drawn box; and it is on screen.
     */
    void assertFocusVisible() {
        Object visible = browser.driver.executeScript("""
                const element = document.activeElement;
                if (!element || element === document.body) { return 'nothing has the focus'; }
                const yellow = value => value && value.includes('255, 221, 0');
                const style = getComputedStyle(element);
                const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
                    && yellow(style.outlineColor);
                let shown = outlined || yellow(style.backgroundColor) || yellow(style.boxShadow);
                if (!shown && element.labels && element.labels.length > 0) {
                    const box = getComputedStyle(element.labels[0], '::before');
                    shown = yellow(box.boxShadow) || yellow(box.outlineColor);
                }
                const rect = (element.labels && element.labels.length > 0 && style.opacity === '0'
                    ? element.labels[0] : element).getBoundingClientRect();
                if (rect.width < 1 || rect.height < 1) { return 'the focused element is not on screen'; }
                return shown ? 'visible' : 'no visible focus on ' + element.outerHTML.substring(0, 160);
                """);
        assertThat(visible).as("focus on " + browser.driver.getCurrentUrl()).isEqualTo("visible");
    }
}
