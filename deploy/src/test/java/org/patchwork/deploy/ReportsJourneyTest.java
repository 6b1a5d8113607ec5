package org.patchwork.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team manager, made one by their organisation's own groups, opens their agency's report: charts, each with the
 * table of its figures, small counts read "fewer than 5", a CSV download, and a page that fits a phone. A
 * practitioner of the same organisation is not offered the report and is refused it.
 */
class ReportsJourneyTest {

    static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void aManagerReadsTheirAgencysReportAndAPractitionerIsRefusedIt() throws Exception {
        try (Browser manager = Browser.signedIn(gateway, "lichfield-dc", "manager");
             Browser practitioner = Browser.signedIn(gateway, "lichfield-dc", "practitioner")) {
            manager.waitFor(By.id("nav-reports")).click();
            manager.waitFor(By.id("clients-table"));
            assertThat(manager.text(By.tagName("h1"))).isEqualTo("Reports");
            for (String chart : new String[] {"clients-chart", "visits-chart", "invitations-chart"}) {
                assertThat(manager.driver.findElement(By.id(chart)).getAttribute("role")).isEqualTo("img");
            }
            assertThat(manager.driver.findElements(By.cssSelector("#visits-table tbody tr"))).hasSize(12);
            assertThat(manager.text(By.id("clients-supported"))).matches("fewer than 5|\\d+");
            assertThat(manager.driver.findElement(By.id("download-csv")).getAttribute("href"))
                    .endsWith("/reports/agency.csv?notSeenDays=14");
            manager.assertAccessible();
            manager.assertFitsAPhone();
            manager.screenshot("reports");

            manager.type(By.id("notSeenDays"), "30");
            manager.driver.findElement(By.id("update-report")).click();
            manager.waitForText(By.id("not-seen-label"), "Clients not seen for more than 30 days");

            assertThat(practitioner.driver.findElements(By.id("nav-reports"))).isEmpty();
            practitioner.open(gateway + "/reports");
            assertThat(practitioner.text(By.tagName("h1"))).isEqualTo("You cannot do this");
        }
    }
}
