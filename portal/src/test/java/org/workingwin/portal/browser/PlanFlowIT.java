package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.participant.ParticipantService;

/**
 * A specialist writes a participant's employment plan with them and records a review meeting, in
 * headless Chromium: the overdue review on the home page leads to the plan, a refused save shows its
 * error at the field, and once the review is recorded nothing is overdue any more.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    ParticipantService participants;
    @Inject
    Clock clock;

    private Browser browser;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private SignedInUser specialist;
    private long participantId;
    private String name;
    private LocalDate today;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-plan-");

    @BeforeAll
    void setUp() {
        // A tall window, so each screenshot shows the whole form with its lists.
        browser = new Browser(server.getURL().toString(), 1280, 2600);
        today = LocalDate.now(clock);
        specialist = accounts.create(TestData.uniqueEmail("sasha"), "Sasha Byrne", TestData.PASSWORD,
                Role.SPECIALIST, null);
        name = "Robin Quarrie" + tag;
        participantId = participants.create(specialist, TestData.profile("WW-PL" + tag, "Robin", "Quarrie" + tag,
                "shop assistant", "S1 4AB", Map.of()).withRecord("robin." + tag + "@example.org", null, "EMAIL", true,
                false, "LOOKING", today.minusDays(35), Map.of(), List.of()));
    }

    /** Every page this test met passed axe-core at WCAG 2.2 A and AA (see Browser). */
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
    void the_specialist_sees_the_overdue_review_and_writes_the_plan() {
        browser.signIn(specialist.email(), TestData.PASSWORD);
        browser.open("specialist");
        browser.waitForText("Overdue reviews");
        assertThat(browser.text("overdue-reviews")).isEqualTo(name + ": 7 days overdue (due "
                + DateTimes.date(today.minusDays(7)) + "). No review yet.");
        browser.screenshot("40-home-overdue-review");

        browser.open("specialist/participants/record/" + participantId);
        browser.clickText("Employment plan and reviews");
        browser.waitForPath("/specialist/participants/plan/" + participantId);
        browser.waitForText("Employment plan for " + name);
        assertThat(browser.text("review-due")).isEqualTo("Review overdue: it was due on "
                + DateTimes.date(today.minusDays(7)) + ", 7 days ago.");
        browser.screenshot("41-plan-empty");

        browser.type("plan-next-steps", "Robin visits two shops on Fairfield Road; Sasha calls the managers first");
        browser.type("plan-contact-email", "not an email");
        browser.click("save-plan");
        assertThat(browser.errorOf("plan-goals")).isEqualTo("Enter the goals");
        assertThat(browser.errorOf("plan-contact-email")).isEqualTo("Enter an email address like name@example.org");
        assertThat(browser.valueOf("plan-next-steps"))
                .isEqualTo("Robin visits two shops on Fairfield Road; Sasha calls the managers first");
        browser.screenshot("42-plan-refused-at-the-fields");

        browser.type("plan-goals", "A part-time job in a shop, mornings only, by the spring");
        browser.type("plan-job-types", "Retail, stock room");
        browser.type("plan-health-support", "Physiotherapy for back pain; the GP reviews medication monthly");
        browser.type("plan-contact-name", "Ana Patel");
        browser.type("plan-contact-role", "Physiotherapist");
        browser.type("plan-contact-phone", "0114 496 0555");
        browser.type("plan-contact-email", "ana.patel@nhs.example");
        browser.click("save-plan");
        browser.waitForText("Last changed");
        assertThat(browser.text("plan-status")).startsWith("Agreed with Robin on " + DateTimes.date(today));
        assertThat(browser.errorOf("plan-goals")).isEmpty();
        assertThat(browser.text("plan-history")).contains("Plan written",
                "Goals: A part-time job in a shop, mornings only, by the spring", "Health team contact: Ana Patel");
        browser.screenshot("43-plan-saved");
    }

    @Test
    @Order(2)
    void the_specialist_records_a_review_and_it_is_no_longer_overdue() {
        LocalDate next = today.plusDays(28);
        browser.type("review-notes", "Robin visited both shops. Mornings suit the physiotherapy.\n"
                + "The stock room work looked too heavy.");
        browser.type("review-next-steps", "Apply for the Saturday job at Peak Stores");
        browser.date("review-next-date", next.plusMonths(4).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        browser.click("save-review");
        assertThat(browser.errorOf("review-next-date"))
                .isEqualTo("The next review must be within 3 months of the meeting");
        browser.date("review-next-date", next.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        browser.click("save-review");
        browser.waitForText("Review on " + DateTimes.date(today));
        assertThat(browser.text("review-due")).isEqualTo("Next review due on " + DateTimes.date(next) + ".");
        assertThat(browser.text("reviews")).contains("Next steps agreed\nApply for the Saturday job at Peak Stores",
                "Next review\n" + DateTimes.date(next), "Recorded\n" + DateTimes.date(today), "by Sasha Byrne");
        assertThat(browser.valueOf("review-notes")).isEmpty();
        browser.screenshot("44-review-recorded");

        browser.open("specialist");
        browser.waitForText("Overdue reviews");
        assertThat(browser.text("overdue-reviews")).isEqualTo("No reviews are overdue.");
        browser.screenshot("45-home-nothing-overdue");
    }
}
