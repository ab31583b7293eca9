package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.OrganisationDetails;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Two browser sessions of one employer edit the same vacancy: the first save wins, the second is refused
 * with the message and keeps what was typed, and saving again after "Keep my changes" replaces the first
 * knowingly. The same on "Your organisation". axe-core checks every page and the conflict state.
 */
@MicronautTest(transactional = false)
@Tag("browser")
class ConcurrentEditFlowIT {

    private static final String MESSAGE = "Someone else changed this vacancy while you were editing it. Your changes"
            + " are still in the form: check them against the latest version and save again.";

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    VacancyService vacancies;
    @Inject
    EmployerService employers;
    @Inject
    Clock clock;

    @Test
    void the_second_of_two_browsers_saving_the_same_vacancy_is_told_and_keeps_its_changes() {
        SignedInUser employer = data.employer("Two Tabs Florists");
        long id = vacancies.save(employer, null, TestData.validDraft("Florist", LocalDate.now(clock)));
        String url = server.getURL().toString();
        try (Browser first = new Browser(url); Browser second = new Browser(url)) {
            first.signIn(employer.email(), TestData.PASSWORD);
            second.signIn(employer.email(), TestData.PASSWORD);
            first.open("employer/vacancies/edit/" + id);
            second.open("employer/vacancies/edit/" + id);

            first.type("title", "Florist, early shifts");
            first.click("save-draft");
            first.waitForText("Draft saved");
            second.type("title", "Florist, weekends");
            second.type("hours-min", "12");
            second.click("save-draft");
            second.waitForText(MESSAGE);
            second.screenshot("conflict-vacancy-editor");

            assertThat(second.byId("conflict-message").getDomProperty("textContent")).isEqualTo(MESSAGE);
            assertThat(second.valueOf("title")).isEqualTo("Florist, weekends");
            assertThat(second.valueOf("hours-min")).isEqualTo("12");
            assertThat(vacancies.details(employer, id).vacancy().title()).isEqualTo("Florist, early shifts");

            second.click("keep-my-changes");
            second.click("save-draft");
            second.waitForText("Draft saved");
            assertThat(vacancies.details(employer, id).vacancy().title()).isEqualTo("Florist, weekends");
            assertThat(vacancies.details(employer, id).vacancy().hoursMin()).isEqualTo(12.0);
            first.assertAccessible();
            second.assertAccessible();
        }
    }

    @Test
    void your_organisation_shows_the_same_message_when_someone_else_saved_first() {
        SignedInUser employer = data.employer("Two Tabs Bakery");
        try (Browser browser = new Browser(server.getURL().toString())) {
            browser.signIn(employer.email(), TestData.PASSWORD);
            browser.open("employer/organisation");
            browser.screenshot("organisation-page");
            employers.updateOwn(employer, employers.ownOrganisation(employer).version(), new OrganisationDetails(
                    "Two Tabs Bakery Ltd", "Retail", SizeBand.SMALL, "S1 2HE", DisabilityConfidentLevel.EMPLOYER,
                    "Someone Else", "else@example.org", ""));

            browser.type("organisation-name", "Two Tabs Bakers");
            browser.click("save-organisation");
            browser.waitForText("Someone else changed this organisation");

            assertThat(browser.valueOf("organisation-name")).isEqualTo("Two Tabs Bakers");
            browser.screenshot("conflict-organisation");
            browser.click("use-their-version");
            browser.waitUntil("return document.querySelector('#organisation-name').value === 'Two Tabs Bakery Ltd'");
            assertThat(browser.valueOf("organisation-name")).isEqualTo("Two Tabs Bakery Ltd");
            browser.assertAccessible();
        }
    }
}
