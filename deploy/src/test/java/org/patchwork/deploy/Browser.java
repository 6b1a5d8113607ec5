package org.patchwork.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's), one per journey so that no cookie leaks between users. Public for the
 * journeys on the shipped images (images/).
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final Path profile;

    public Browser() throws IOException {
        profile = Files.createTempDirectory("patchwork-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator), locator.toString());
    }

    /**
     * Opens {@code url} again and again until {@code locator} shows {@code text}: for a page fed from another
     * service's events, which reach it a moment after the change.
     */
    WebElement openUntilShown(String url, By locator, String text) {
        return until(driver -> {
            driver.get(url);
            return driver.findElements(locator).stream().filter(element -> element.getText().contains(text))
                    .findFirst().orElse(null);
        }, locator + " showing '" + text + "'");
    }

    public void waitForUrlContaining(String fragment) {
        until(ExpectedConditions.urlContains(fragment), "URL containing " + fragment);
    }

    /** Waits up to 20 s; on failure keeps what the browser showed, so a broken journey can be seen. */
    private <T> T until(org.openqa.selenium.support.ui.ExpectedCondition<T> condition, String what) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Files.createDirectories(SCREENSHOTS);
                String name = "failure-" + System.currentTimeMillis();
                Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the timeout below is what matters
            }
            throw new AssertionError("Waited for " + what + " at " + driver.getCurrentUrl(), e);
        }
    }

    /** The element's text once it is there, read again if the page replaced it meanwhile. */
    public String text(By locator) {
        return until(driver -> {
            try {
                return driver.findElement(locator).getText();
            } catch (NoSuchElementException | StaleElementReferenceException notThereYet) {
                return null;
            }
        }, "the text of " + locator);
    }

    /**
     * Waits until the element shows exactly this text: after a click that leads to another page, the page before it
     * (with its own notice) may still be shown for a moment.
     */
    public void waitForText(By locator, String text) {
        until(ExpectedConditions.textToBe(locator, text), locator + " showing '" + text + "'");
    }

    /** Signs in at the agency's own identity provider (a demo realm), after the sign-in page sent the browser there. */
    public void signInAtAgency(String agency, String username, String gateway) {
        waitForUrlContaining("/realms/demo-" + agency + "/");
        WebElement usernameField = waitFor(By.id("username"));
        usernameField.clear();
        usernameField.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        waitForUrlContaining(gateway);
    }

    /** A new browser, signed in through the sign-in page as a demo user of the agency, on the start page. */
    public static Browser signedIn(String gateway, String agency, String username) throws IOException {
        Browser browser = new Browser();
        try {
            browser.open(gateway + "/sign-in");
            browser.waitFor(By.cssSelector("a[data-agency='" + agency + "']")).click();
            browser.signInAtAgency(agency, username, gateway);
            browser.waitFor(By.id("signed-in-as"));
            return browser;
        } catch (RuntimeException | Error failed) {
            browser.close();
            throw failed;
        }
    }

    /**
     * Adds a client through the "Add a client" form, as the signed-in practitioner, and returns the new client's
     * page (without query or fragment), which the browser then shows.
     */
    public String addClient(String gateway, String givenName, String familyName, String dateOfBirth, String basis,
                     String reason) {
        String[] dayMonthYear = dateOfBirth.split("/");
        open(gateway + "/clients/new");
        type(By.id("givenName"), givenName);
        type(By.id("familyName"), familyName);
        type(By.id("dateOfBirth.day"), dayMonthYear[0]);
        type(By.id("dateOfBirth.month"), dayMonthYear[1]);
        type(By.id("dateOfBirth.year"), dayMonthYear[2]);
        driver.findElement(By.id("legalBasis-" + basis)).click();
        type(By.id("reason"), reason);
        driver.findElement(By.id("add-client")).click();
        waitFor(By.id("client-name"));
        return driver.getCurrentUrl().replaceAll("[?#].*$", "");
    }

    /** A name no other journey or run uses: the prefix and six random letters. */
    public static String uniqueName(String prefix) {
        return prefix + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    /** Types into a text field, replacing what it held. */
    void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Runs axe-core in the page and fails on any serious or critical accessibility violation (WCAG 2.2 AA rules
     * and best practices), naming each one.
     */
    void assertAccessible() throws IOException {
        driver.executeScript(Files.readString(Path.of("node_modules", "axe-core", "axe.min.js")));
        Object violations = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target).join(', ') + ')')));
                """);
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) violations)
                .as("accessibility violations on " + driver.getCurrentUrl()).isEmpty();
    }

    /**
     * At 360 px wide, as on a small phone: the page does not scroll sideways, and every button, and every link that
     * stands on its own (not a link within a sentence, which WCAG's target size rules exempt), is at least 44 px
     * high and wide to tap. The window goes back to its size afterwards.
     */
    void assertFitsAPhone() {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 800));
        try {
            Object width = driver.executeScript("return document.documentElement.scrollWidth;");
            org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
                    .as("no sideways scrolling at 360 px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(360);
            Object small = driver.executeScript("""
                    return [...document.querySelectorAll('main a, main button, main input[type=submit]')]
                        .filter(e => e.offsetParent !== null)
                        .filter(e => e.tagName !== 'A' || e.parentElement.textContent.trim() === e.textContent.trim())
                        .map(e => [e, e.getBoundingClientRect()])
                        .filter(([e, r]) => r.height < 44 || r.width < 44)
                        .map(([e, r]) => (e.id || e.textContent.trim()) + ' ' + Math.round(r.width) + 'x'
                            + Math.round(r.height));
                    """);
            org.assertj.core.api.Assertions.assertThat((java.util.List<?>) small)
                    .as("tap targets under 44 px at 360 px on " + driver.getCurrentUrl()).isEmpty();
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /** Saves the page as a PNG under target/screenshots, at desktop width and at 360 px. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + "-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 800));
        Files.write(SCREENSHOTS.resolve(name + "-360px.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(desktop);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
