package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * An employer downloads the template, uploads a spreadsheet with a problem, sees it by row and column,
 * uploads the fixed file, imports it with the progress bar, and downloads their vacancies as CSV, in
 * headless Chromium with axe-core on every page and state.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
class VacancyImportFlowIT {

    private static final String HEADER = "title,description,occupation_code,occupation_title,postcode,work_mode,"
            + "hours_min,hours_max,patterns,contract_type,pay_min,pay_max,pay_period,closing_date,positions,"
            + "adjustments,demands\r\n";

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private static String row(String title, String postcode, LocalDate closing) {
        return title + ",\"Serving breakfasts, clearing tables\",,Waiting staff," + postcode + ",on site,16,24,"
                + "days; weekends,permanent,12.21,,hour," + closing + ",1,flexible_start: from 7 or 9,\r\n";
    }

    private static Path file(String name, String csv) throws Exception {
        Path path = Path.of("target", "uploads", name).toAbsolutePath();
        Files.createDirectories(path.getParent());
        Files.writeString(path, csv, StandardCharsets.UTF_8);
        return path;
    }

    private static void upload(Browser browser, Path file) {
        // vaadin-upload keeps its file input in its shadow root; ChromeDriver types a path into it even hidden.
        browser.byId("vacancy-file").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
    }

    private static String download(Browser browser, String linkId) {
        String href = browser.byId(linkId).getDomAttribute("href");
        return browser.fetch(href.substring(href.indexOf("VAADIN/")));
    }

    @Test
    void an_employer_imports_a_spreadsheet_after_fixing_the_row_the_preview_showed() throws Exception {
        SignedInUser employer = data.employer("Spreadsheet Cafe");
        LocalDate closing = LocalDate.now(clock).plusDays(21);
        try (Browser browser = new Browser(server.getURL().toString(), 1280, 2400)) {
            browser.signIn(employer.email(), TestData.PASSWORD);
            browser.open("employer/vacancies");
            browser.click("import-vacancies-link");
            browser.waitForText("Import vacancies from a spreadsheet");
            // The browser drops the byte-order mark (the unit tests check it is written).
            String template = download(browser, "download-template");
            assertThat(template.lines().limit(2).map(l -> l.substring(0, Math.min(l.length(), 15))).toList())
                    .containsExactly(("200 " + HEADER).substring(0, 15), "Shop assistant,");
            assertThat(template.lines().findFirst().orElseThrow()).isEqualTo("200 " + HEADER.strip());

            upload(browser, file("with-problem.csv", HEADER + row("Breakfast waiter", "S1 2HE", closing)
                    + row("Lunch waiter", "ZZ9 9ZZ", closing)));
            browser.waitForText("1 of 2 rows have problems");
            assertThat(browser.byId("import-vacancies").getDomAttribute("disabled")).isNotNull();
            assertThat(browser.pageText()).contains("postcode: ");
            browser.screenshot("80-import-problems");

            StringBuilder fixed = new StringBuilder(HEADER + row("Breakfast waiter", "S1 2HE", closing)
                    + row("Lunch waiter", "S2 4SU", closing) + row("Evening waiter", "DN1 1AA", closing));
            for (int i = 4; i <= 2_000; i++) {
                fixed.append(row("Kitchen porter " + i, "S1 2HE", closing));
            }
            upload(browser, file("fixed.csv", fixed.toString()));
            browser.waitForText("2,000 vacancies ready to import.");
            browser.screenshot("81-import-ready");
            browser.check("send-for-checks");
            browser.click("import-vacancies");
            // On a quiet machine 2,000 rows can be in before the page is read, so either state may show here.
            assertThat(browser.all("vaadin-progress-bar[aria-label='Import progress']")).hasSize(1);
            assertThat(browser.pageText()).containsAnyOf("Importing: ", "Imported 2,000 vacancies");
            browser.screenshot("82-importing");
            // 2,000 rows sent for checks take 10 to 40 s, depending on the database and what else runs.
            browser.waitForText("Imported 2,000 vacancies, sent for checks.", java.time.Duration.ofMinutes(3));
            browser.screenshot("83-import-done");

            browser.click("see-my-vacancies");
            browser.waitForText("Kitchen porter");
            assertThat(browser.pageText()).contains("Waiting for checks");
            String export = download(browser, "export-vacancies");
            assertThat(export).startsWith("200 reference,status,title,");
            assertThat(export.lines().count()).isEqualTo(2_001);
            assertThat(export.lines().skip(1).limit(4).map(l -> l.split(",")[1] + " " + l.split(",")[2]).toList())
                    .containsExactly("Waiting for checks Breakfast waiter", "Waiting for checks Lunch waiter",
                            "Waiting for checks Evening waiter", "Waiting for checks Kitchen porter 4");
            browser.assertAccessible();
        }
    }
}
