package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Keys;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * The main flow of each role with the keyboard alone (no clicks): an employer signs in and submits a vacancy,
 * a specialist opens a participant's suggestions, opens and leaves a dialog with Escape and shortlists one, a
 * visitor asks "Can I take part?". Keyboard checks that focus always shows and moves forward, and never sticks.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    Clock clock;
    @Inject
    VacancyService vacancies;
    @Inject
    ParticipantService participants;
    @Inject
    VacancyIndexService index;

    private Browser browser;
    private Keyboard keys;
    @Inject
    org.workingwin.portal.participantportal.PortalFixture fixture;
    @Inject
    org.workingwin.portal.pipeline.PipelineService pipeline;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private SignedInUser employer;
    private SignedInUser specialist;
    private long vacancyId;
    private long participantId;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-keyboard-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString());
        keys = new Keyboard(browser);
        LocalDate today = LocalDate.now(clock);
        employer = data.employer("Keyboard Kitchens " + tag);
        specialist = data.user(Role.SPECIALIST);
        vacancyId = vacancies.submit(employer, null, TestData.validDraft("Kitchen porter " + tag, today));
        vacancies.publish(specialist, vacancyId);
        participantId = participants.create(specialist, TestData.profile("WW-K" + tag, "Kit", "Keys" + tag,
                "kitchen porter", "S1 4AB", Map.of()));
        index.catchUp();
    }

    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
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
    void an_employer_signs_in_and_submits_a_vacancy_with_the_keyboard_alone() {
        signIn(employer.email());
        keys.tabToText("Post a vacancy");
        keys.press(Keys.ENTER);
        browser.waitForPath("/employer/vacancies/edit");

        keys.tabTo("title");
        keys.type("Keyboard cook " + tag);
        keys.tabTo("occupation");
        keys.type("Sales and retail");
        browser.waitForText("Sales and retail");
        keys.press(Keys.ARROW_DOWN).press(Keys.ENTER);
        keys.tabTo("description");
        keys.type("Prepare vegetables and keep the kitchen clean.");
        keys.tabTo("postcode");
        keys.type("S1 2HE");
        keys.tabTo("work-mode");
        choose("On site");
        keys.tabTo("hours-min");
        keys.type("16");
        keys.tabTo("hours-max");
        keys.type("24");
        keys.tabUntil(f -> f.in("patterns") && f.text().equals("Days"), "the Days checkbox");
        keys.press(Keys.SPACE);
        keys.tabTo("contract-type");
        choose("Permanent");
        keys.tabTo("pay-min");
        keys.type("12.21");
        keys.tabTo("pay-max");
        keys.type("12.80");
        keys.tabTo("pay-period");
        choose("per hour");
        keys.tabTo("closing-date");
        keys.type(LocalDate.now(clock).plusDays(21).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        keys.press(Keys.ENTER);
        keys.tabTo("submit-vacancy");
        browser.screenshot("k01-vacancy-form-by-keyboard");
        keys.press(Keys.ENTER);
        browser.waitForText("Status: Waiting for checks");
        assertThat(browser.path()).matches("/employer/vacancies/edit/\\d+");
        browser.screenshot("k02-vacancy-submitted-by-keyboard");
    }

    @Test
    @Order(2)
    void a_specialist_shortlists_a_suggestion_with_the_keyboard_alone_and_no_dialog_traps_focus() {
        signIn(specialist.email());
        keys.tabToText("My participants");
        keys.press(Keys.ENTER);
        browser.waitForPath("/specialist/participants");
        // A grid is one tab stop for its header and one for its rows; arrows move between cells, and Enter on
        // a cell moves focus to the link in it, and Enter again follows the link.
        keys.tabUntil(f -> f.tag().equals("td"), "the first row of the caseload");
        keys.press(Keys.ENTER);
        assertThat(keys.focus().text()).isEqualTo("Kit Keys" + tag);
        keys.press(Keys.ENTER);
        browser.waitForPath("/specialist/participants/record/" + participantId);
        keys.tabToText("Suggested vacancies");
        keys.press(Keys.ENTER);
        browser.waitForPath("/specialist/participants/matches/" + participantId);
        browser.waitForText("Kitchen porter " + tag);

        // A dialog keeps focus while it is open (it is modal) and gives it back when Escape closes it.
        keys.tabTo("dismiss-" + vacancyId);
        keys.press(Keys.ENTER);
        browser.waitForText("Why does it not suit them?");
        Keyboard.Focus inDialog = keys.focus();
        assertThat(inDialog.inDialog()).as("focus moves into the dialog: %s", inDialog).isTrue();
        for (int i = 0; i < 8; i++) {
            keys.press(Keys.TAB);
            Keyboard.Focus f = keys.focus();
            // The dialog itself is one stop in the cycle: a screen reader announces it by its title.
            assertThat(f.inDialog() && (f.visible() || f.tag().equals("vaadin-dialog")))
                    .as("focus stays, visible, in the open dialog: %s", f).isTrue();
        }
        browser.screenshot("k03-dismiss-dialog-by-keyboard");
        keys.press(Keys.ESCAPE);
        browser.waitForVaadin();
        browser.waitForTextGone("Why does it not suit them?");
        Keyboard.Focus after = keys.focus();
        assertThat(after.inDialog()).as("focus leaves the closed dialog: %s", after).isFalse();

        keys.tabTo("shortlist-" + vacancyId);
        keys.press(Keys.ENTER);
        browser.waitForText("Kitchen porter " + tag + " for Kit Keys" + tag);
        assertThat(browser.text("opportunity-stage")).isEqualTo("Shortlisted");
        browser.screenshot("k04-shortlisted-by-keyboard");
    }

    @Test
    @Order(3)
    void a_visitor_asks_to_take_part_with_the_keyboard_alone() {
        browser.open("");
        keys.tabToText("Can I take part?");
        keys.press(Keys.ENTER);
        browser.waitForPath("/take-part");
        // A radio group is one tab stop; Space picks the focused option and arrows move between options.
        keys.tabTo("aged-18-or-over");
        keys.press(Keys.SPACE);
        keys.tabTo("gp-postcode");
        keys.type("S2");
        keys.tabTo("work-situation");
        keys.press(Keys.SPACE);
        keys.tabTo("health-affects-work");
        keys.press(Keys.SPACE);
        keys.tabTo("check-eligibility");
        keys.press(Keys.ENTER);
        browser.waitForText("You can take part");
        assertThat(keys.focus().in("first-name")).as("focus moves to the first field of the next step: %s",
                keys.focus()).isTrue();
        keys.type("Kay");
        keys.tabTo("last-name");
        keys.type("Board" + tag);
        keys.tabTo("email");
        keys.type("kay." + tag + "@example.org");
        keys.tabTo("preferred-contact");
        keys.press(Keys.SPACE);
        keys.tabTo("request-appointment");
        browser.screenshot("k05-take-part-by-keyboard");
        keys.press(Keys.ENTER);
        browser.waitForText("Thank you, Kay");
        browser.screenshot("k06-take-part-thanks-by-keyboard");
        // The form made way for the thanks; Tab goes on from where the button was, to the link that follows.
        keys.tabToText("Meanwhile, see local support with work and skills");
    }

    @Test
    @Order(4)
    void a_participant_says_they_are_interested_with_the_keyboard_alone() {
        browser.driver().manage().deleteAllCookies();
        org.workingwin.portal.participantportal.PortalFixture.Setup s = fixture.shortlisted("Keyed" + tag);
        pipeline.share(s.specialist(), s.opportunity(), null);
        signIn(s.email());
        browser.waitForPath("/me");
        browser.waitForText("Keyed" + tag + " assistant");
        keys.tabTo("interested-" + s.opportunity());
        browser.screenshot("k07-participant-home-by-keyboard");
        keys.press(Keys.ENTER);
        browser.waitForText("You said you are interested. Your specialist will be in touch.");
        keys.tabToText("My saved searches and emails");
        keys.press(Keys.ENTER);
        browser.waitForPath("/me/saved-searches");
        browser.screenshot("k08-saved-searches-by-keyboard");
    }

    private void signIn(String email) {
        browser.open("sign-in");
        keys.tabTo("vaadinLoginUsername");
        keys.type(email);
        keys.tabTo("vaadinLoginPassword");
        keys.type(TestData.PASSWORD);
        keys.press(Keys.ENTER);
        browser.waitForPathNot("/sign-in");
    }

    /** Opens the focused select with Enter, moves with the down arrow to the option, picks it with Enter. */
    private void choose(String option) {
        keys.press(Keys.ENTER);
        for (int i = 0; i < 15 && !keys.focus().text().equals(option); i++) {
            keys.press(Keys.ARROW_DOWN);
        }
        assertThat(keys.focus().text()).as("the down arrow reaches %s", option).isEqualTo(option);
        keys.press(Keys.ENTER);
        browser.waitUntil(Browser.SELECT_CLOSED);
    }
}
