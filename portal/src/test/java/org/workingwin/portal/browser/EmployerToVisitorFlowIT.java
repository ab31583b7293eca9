package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.search.VacancyIndexService;

/**
 * The first slice end to end in headless Chromium: an employer registers, confirms their email address
 * from the emailed link (read from an in-process SMTP server), and posts a vacancy with two
 * adjustments, a specialist publishes it, a visitor finds it by keyword and by distance, and another
 * employer cannot open it by URL.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmployerToVisitorFlowIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    Clock clock;
    @Inject
    VacancyIndexService index;
    @Inject
    ParticipantService participants;

    private Browser browser;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-");
    private final String word = "Florist" + UUID.randomUUID().toString().substring(0, 6);
    private final String email = TestData.uniqueEmail("florence");
    private String vacancyPath;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURL().toString());
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
    void an_employer_registers_their_organisation() {
        browser.open("register");
        browser.screenshot("01-register-empty");
        browser.type("organisation-name", "Sheffield Flowers");
        browser.comboBox("sector", "Retail");
        browser.choose("size-band", "1 to 9 employees");
        browser.type("postcode", "S10 2TN");
        browser.choose("disability-confident", "Level 1: Disability Confident Committed");
        browser.type("contact-name", "Florence Flowers");
        browser.type("contact-email", email);
        browser.type("password", "short");
        browser.click("register");
        assertThat(browser.errorOf("password")).isEqualTo("Use at least 10 characters for your password");
        assertThat(browser.valueOf("organisation-name")).isEqualTo("Sheffield Flowers");
        browser.screenshot("02-register-error");

        browser.type("password", TestData.PASSWORD);
        browser.click("register");
        browser.waitForPath("/employer/vacancies");
        assertThat(browser.pageText()).contains("My vacancies", "Florence Flowers",
                "Please confirm your email address: open the link we sent to " + email);
        browser.screenshot("03-my-vacancies-empty");
    }

    @Test
    @Order(2)
    void the_employer_confirms_their_email_address_from_the_emailed_link() throws Exception {
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for Working Win");
        Matcher link = Pattern.compile("http://localhost:8080/(verify-email/[A-Za-z0-9_-]{43})")
                .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();

        browser.open(link.group(1));
        browser.waitForText("Thank you: your email address is confirmed");
        browser.screenshot("03b-email-confirmed");
        browser.clickText("Go to My vacancies");
        browser.waitForPath("/employer/vacancies");
        assertThat(browser.pageText()).doesNotContain("Please confirm your email address");
    }

    @Test
    @Order(3)
    void the_employer_posts_a_vacancy_with_two_adjustments_and_submits_it() {
        browser.click("new-vacancy");
        browser.waitForPath("/employer/vacancies/edit");
        browser.type("title", word + " assistant");
        browser.comboBox("occupation", "Sales and retail");
        browser.type("description", "Make bouquets and serve customers in our shop near Broomhill.");
        browser.type("postcode", "XX");
        browser.choose("work-mode", "On site");
        browser.type("hours-min", "16");
        browser.type("hours-max", "24");
        browser.checkOption("patterns", "Days");
        browser.choose("contract-type", "Permanent");
        browser.type("pay-min", "12.21");
        browser.type("pay-max", "12.80");
        browser.choose("pay-period", "per hour");
        browser.date("closing-date", LocalDate.now(clock).plusDays(21).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        browser.check("adjustment-flexible_start");
        browser.type("note-flexible_start", "Start any time between 8 and 10am");
        browser.check("adjustment-quiet_workspace");
        browser.click("submit-vacancy");
        assertThat(browser.errorOf("postcode")).isEqualTo("Enter a real postcode, like S1 2HE or DN22 7AB");
        assertThat(browser.valueOf("title")).isEqualTo(word + " assistant");
        assertThat(browser.valueOf("note-flexible_start")).isEqualTo("Start any time between 8 and 10am");
        browser.screenshot("04-vacancy-error");

        browser.type("postcode", "S10 2TN");
        browser.click("submit-vacancy");
        browser.waitForText("Status: Waiting for checks");
        vacancyPath = browser.path();
        assertThat(vacancyPath).matches("/employer/vacancies/edit/\\d+");
        browser.screenshot("05-vacancy-submitted");
    }

    @Test
    @Order(4)
    void a_specialist_publishes_it() {
        browser.signOut();
        SignedInUser specialist = data.user(Role.SPECIALIST);
        browser.signIn(specialist.email(), TestData.PASSWORD);
        browser.waitForPath("/specialist");
        browser.waitForText("Caseload: 0 of 20");
        browser.open("specialist/vetting");
        String id = vacancyPath.substring(vacancyPath.lastIndexOf('/') + 1);
        browser.click("details-" + id);
        browser.waitForText("Make bouquets and serve customers");
        assertThat(browser.pageText()).contains("Flexible start and finish: Start any time between 8 and 10am");
        browser.screenshot("06-vetting");
        browser.click("publish-" + id);
        browser.waitForText("Published: " + word + " assistant");

        participants.create(specialist, TestData.profile("WW-" + word, "Jamie", "Rivers", word + " assistant",
                "S10 3AB", java.util.Map.of("concentration", "MUST_HAVE")));
        index.catchUp();
        browser.open("specialist/participants");
        browser.clickText("Jamie Rivers");
        browser.waitForText("History of changes");
        browser.screenshot("06a-participant-record");
        browser.clickText("Suggested vacancies");
        browser.waitForText("Suggested vacancies for Jamie Rivers");
        assertThat(browser.pageText()).contains(word + " assistant",
                "Yes: Offers quiet or private workspace, which helps with concentration");
        browser.screenshot("06b-participant-matches");
        browser.open("specialist/participants");
        browser.screenshot("06c-caseload");
        browser.click("add-participant");
        browser.waitForText("Functional needs");
        browser.screenshot("06d-participant-editor");
        browser.signOut();
    }

    @Test
    @Order(5)
    void a_visitor_finds_it_by_keyword_and_by_distance() {
        index.catchUp();
        browser.open("vacancies");
        browser.type("keywords", word.toLowerCase());
        browser.click("search");
        assertThat(browser.text("result-summary")).isEqualTo("1 vacancy found");
        assertThat(browser.text("results")).contains(word + " assistant", "Sheffield Flowers", "S10, Sheffield");
        browser.screenshot("07-search-keyword");

        browser.type("postcode", "S1");
        browser.choose("distance", "Within 5 km");
        browser.click("search");
        assertThat(browser.text("result-summary")).isEqualTo("1 vacancy found");
        assertThat(browser.text("results")).contains("3.1 km away");

        browser.type("postcode", "DN1");
        browser.click("search");
        assertThat(browser.text("result-summary")).isEqualTo("Nothing found. Try other words, a larger distance or fewer filters.");
        browser.screenshot("08-search-distance-none");

        browser.type("postcode", "");
        browser.click("search");
        browser.checkOption("filter-adjustment", "Quiet or private workspace (1)");
        assertThat(browser.text("result-summary")).isEqualTo("1 vacancy found");
        browser.screenshot("08b-search-filters");
        browser.clickText(word + " assistant");
        browser.waitForText("Workplace adjustments offered");
        assertThat(browser.pageText()).contains("Flexible start", "Start any time between 8 and 10am",
                "Occupation: Sales and retail assistants");
        browser.screenshot("09-public-vacancy");
    }

    @Test
    @Order(6)
    void another_employer_cannot_open_it_by_url() {
        SignedInUser other = data.employer("Other Flowers");
        browser.signIn(other.email(), TestData.PASSWORD);
        browser.open(vacancyPath.substring(1));
        browser.waitForText("You are not allowed to see this page");
        assertThat(browser.pageText()).doesNotContain(word);
        browser.screenshot("10-not-allowed");
    }

    @Test
    @Order(7)
    void a_visitor_cannot_open_the_employer_pages() {
        browser.signOut();
        browser.open("employer/vacancies");
        browser.waitForPath("/sign-in?return=employer%2Fvacancies");
        browser.open("specialist/vetting");
        assertThat(browser.path()).startsWith("/sign-in");
        browser.open("");
        assertThat(browser.pageText()).contains("Working Win helps people with a health condition");
        browser.screenshot("11-home");
        browser.open("about-the-data");
        assertThat(browser.pageText()).contains("Contains OS data © Crown copyright and database right 2025.",
                "This service uses the ESCO classification of the European Commission.");
        browser.screenshot("12-about-the-data");
    }

    @Test
    @Order(8)
    void an_administrator_rebuilds_the_indexes_and_sees_the_progress() {
        browser.signIn(data.user(Role.ADMIN).email(), TestData.PASSWORD);
        browser.open("admin/search-index");
        browser.click("rebuild-index");
        browser.waitForText("Last rebuilt with");
        assertThat(browser.pageText()).contains("Vacancies", "Participants", "in the index, change log position");
        browser.screenshot("13-search-index");
    }
}
