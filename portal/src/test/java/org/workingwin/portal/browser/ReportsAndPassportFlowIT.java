package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.workingwin.portal.TestData;
import org.workingwin.portal.participantportal.PortalFixture;

/**
 * A specialist reads the reports (charts drawn, tables beside them) and records the adjustments agreed
 * for a job their participant started; the participant then makes their adjustment passport, in
 * headless Chromium, axe-core on every page.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsAndPassportFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    PortalFixture fixture;

    private Browser browser;
    private PortalFixture.Setup setup;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-reports-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString(), 1280, 3000);
        setup = fixture.started("Reportflow");
    }

    @AfterEach
    void pagesAreAccessible() {
        browser.assertAccessible();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void the_specialist_reads_the_reports_as_charts_and_tables() {
        browser.signIn(setup.specialist().email(), TestData.PASSWORD);
        browser.open("reports");
        browser.waitForText("Pipeline funnel");
        browser.waitUntil("return !!document.querySelector('#report-funnel ww-bar-chart canvas')");
        assertThat(browser.all("#report-funnel ww-bar-chart canvas").getFirst().getDomAttribute("aria-label"))
                .isEqualTo("How many of the vacancies suggested for your caseload reached each step: Suggested and "
                        + "acted on 1, Shortlisted 1, Shared with the participant 1, Participant interested 1, "
                        + "Introduced to the employer 1, Interview 1, Offer 1, Job start 1.");
        assertThat(browser.text("report-job-starts-by-area")).contains("Local authority Job starts\nSheffield 1");
        assertThat(browser.all("#report-ips ww-bar-chart")).isEmpty();
        assertThat(browser.byId("download-funnel").getDomAttribute("href")).isNotBlank();
        browser.screenshot("70-reports");
    }

    @Test
    @Order(2)
    void the_specialist_records_the_adjustments_agreed_for_the_job() {
        browser.open("specialist/opportunities/" + setup.opportunity());
        browser.click("agreed-adjustments");
        browser.waitForPath("/specialist/opportunities/adjustments/" + setup.opportunity());
        browser.check("agreed-flexible_start");
        browser.type("agreed-note-flexible_start", "Starts between 9 and 10am");
        browser.check("agreed-written_instructions");
        browser.click("save-agreed");
        browser.waitForText("Saved 2 agreed adjustments");
        browser.screenshot("71-agreed-adjustments");
    }

    @Test
    @Order(3)
    void the_participant_makes_their_passport() {
        browser.signOut();
        browser.signIn(setup.email(), TestData.PASSWORD);
        browser.open("me");
        browser.clickText("My adjustment passport");
        browser.waitForPath("/me/passport");
        browser.waitForText("Reportflow assistant at Reportflow Ltd");
        assertThat(browser.text("passport-" + setup.opportunity())).contains(
                "Flexible start and finish: Starts between 9 and 10am", "Written instructions and checklists");
        String href = browser.byId("download-passport-" + setup.opportunity()).getDomAttribute("href");
        assertThat(browser.fetch(href)).startsWith("200 %PDF-");
        browser.screenshot("72-passport");
    }
}
