package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * The review pipeline end to end in headless Chromium, on H2 and again on MariaDB: from a published
 * vacancy to a recorded job start, with the employer answering the introduction. After the
 * introduction, and again after the offer, the employer's every reachable page and API response is
 * searched for what the participant did not agree to share.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineFlowIT {

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
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String sharedNote = "Shared-" + tag + " needs a quiet desk";
    private final String[] privateNotes = {"Private-" + tag + " medication makes mornings hard",
            "Private2-" + tag + " tires after four hours"};
    private SignedInUser specialist;
    private SignedInUser employer;
    private long vacancyId;
    private long participantId;
    private String opportunityPath;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-pipeline-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString());
        LocalDate today = LocalDate.now(clock);
        specialist = data.user(Role.SPECIALIST);
        employer = data.employer("Pipeline Bakery " + tag);
        vacancyId = vacancies.submit(employer, null, TestData.validDraft("Bakery assistant " + tag, today));
        vacancies.publish(specialist, vacancyId);
        participantId = participants.create(specialist, TestData.profile("WW-P" + tag, "Robin", "Quarrie" + tag,
                "bakery assistant", "S1 4AB", Map.of("concentration", "MUST_HAVE", "sleep_medication", "MUST_HAVE",
                        "fatigue", "WOULD_HELP")).withRecord("robin." + tag + "@example.org", "0114 496 0777",
                "PHONE", true, true, "LOOKING", today.minusDays(14), Map.of("concentration", sharedNote,
                        "sleep_medication", privateNotes[0], "fatigue", privateNotes[1]), List.of("concentration")));
        index.catchUp();
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
    void the_specialist_shortlists_a_suggestion_and_takes_it_to_an_introduction() {
        browser.signIn(specialist.email(), TestData.PASSWORD);
        browser.open("specialist/participants/matches/" + participantId);
        browser.waitForText("Bakery assistant " + tag);
        assertThat(browser.pageText()).contains("Yes: Offers quiet or private workspace, which helps with concentration");
        browser.screenshot("20-suggestions-with-actions");
        browser.click("shortlist-" + vacancyId);
        browser.waitForText("Bakery assistant " + tag + " for Robin Quarrie" + tag);
        opportunityPath = browser.path();
        assertThat(browser.text("opportunity-stage")).isEqualTo("Shortlisted");

        step("step-shared", null);
        step("step-interested", "Robin likes the early finish");
        browser.click("step-introduced");
        browser.checkOption("step-recruitment-adjustments", "Interview questions in advance");
        browser.type("step-note", "Robin is reliable and keen to learn.");
        browser.screenshot("21-introduce-dialog");
        browser.click("confirm-step");
        browser.waitForText("Introduced to the employer —");
        assertThat(browser.text("opportunity-stage")).isEqualTo("Introduced to the employer");
        assertThat(browser.pageText()).contains("Recruitment adjustments asked for: Interview questions in advance");
        browser.screenshot("22-opportunity-introduced");
    }

    @Test
    @Order(2)
    void the_employer_sees_only_what_was_agreed_and_answers() {
        browser.signOut();
        browser.signIn(employer.email(), TestData.PASSWORD);
        browser.open("employer/introductions");
        browser.waitForText("Robin");
        String page = browser.pageText();
        assertThat(page).contains("Bakery assistant " + tag, "How to get in touch: Phone call: 0114 496 0777",
                "Recruitment adjustments asked for: Interview questions in advance",
                "From their employment specialist: Robin is reliable and keen to learn.",
                "Now: waiting for your answer");
        assertThat(page).doesNotContain("agreed to share these needs");
        browser.screenshot("23-employer-introductions");
        long opportunityId = Long.parseLong(opportunityPath.substring(opportunityPath.lastIndexOf('/') + 1));
        browser.click("answer-invite-" + opportunityId);
        browser.type("answer-note", "Thursday 10am at the shop");
        browser.click("confirm-answer");
        browser.waitForText("Your answer: Invite to interview. Thursday 10am at the shop");
        browser.screenshot("24-employer-answered");
    }

    @Test
    @Order(3)
    void before_an_offer_no_page_or_api_response_the_employer_reaches_carries_any_need() {
        List<String> forbidden = new ArrayList<>(undisclosed());
        forbidden.addAll(List.of("concentration", "Difficulty concentrating", sharedNote));
        assertNothingLeaks(forbidden);
    }

    @Test
    @Order(4)
    void the_specialist_records_interview_offer_and_job_start() {
        browser.signOut();
        browser.signIn(specialist.email(), TestData.PASSWORD);
        browser.open(opportunityPath.substring(1));
        assertThat(browser.pageText()).contains("Employer invited them to interview —", "Thursday 10am at the shop");
        browser.click("step-interview");
        browser.date("step-date", LocalDate.now(clock).plusDays(2).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        browser.click("confirm-step");
        browser.waitForText("Interview on ");
        step("step-offer", null);
        browser.click("step-job-start");
        browser.type("step-hours", "");
        browser.click("confirm-step");
        assertThat(browser.errorOf("step-hours")).isEqualTo("Enter the hours a week, more than 0 and at most 60");
        browser.type("step-hours", "22.5");
        browser.type("step-pay", "12.60");
        browser.screenshot("25-job-start-dialog");
        browser.click("confirm-step");
        browser.waitForText("Job start on ");
        assertThat(browser.text("opportunity-stage")).isEqualTo("Started work");
        assertThat(browser.pageText()).contains("22.5 hours a week, £12.60 per hour");
        List<String> timeline = browser.all("#timeline > li").stream()
                .map(li -> li.getText().lines().findFirst().orElse("")).map(line -> line.split(" —")[0]).toList();
        assertThat(timeline).containsExactly("Shortlisted", "Shared with the participant",
                "Participant said they are interested", "Introduced to the employer",
                "Employer invited them to interview",
                "Interview on " + DateTimes.date(LocalDate.now(clock).plusDays(2)),
                "Job offer", "Job start on " + DateTimes.date(LocalDate.now(clock)));
        browser.screenshot("26-opportunity-started");
        browser.open("specialist/participants/progress/" + participantId);
        browser.waitForText("Started work");
        browser.screenshot("27-participant-progress");
    }

    @Test
    @Order(5)
    void after_the_offer_the_employer_sees_the_shared_need_and_still_nothing_else() {
        browser.signOut();
        browser.signIn(employer.email(), TestData.PASSWORD);
        browser.open("employer/introductions/" + vacancyId);
        browser.waitForText("agreed to share these needs");
        assertThat(browser.pageText()).contains("Difficulty concentrating: " + sharedNote, "Now: started work");
        browser.screenshot("28-employer-introduction-after-offer");
        assertNothingLeaks(undisclosed());
    }

    /** The needs Robin did not agree to share: codes, labels and notes; and their surname and reference. */
    private List<String> undisclosed() {
        return List.of("sleep_medication", "fatigue", "Fatigue or low stamina", "Sleep problems", privateNotes[0],
                privateNotes[1], "Quarrie" + tag, "WW-P" + tag);
    }

    /**
     * Visits every page reachable by links from the employer's home, plus their vacancy and introduction
     * pages, and calls every GET in the API description with the employer's session; none may carry a
     * forbidden text. The taxonomy lists every need by design: it must equal what anyone gets.
     */
    private void assertNothingLeaks(List<String> forbidden) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("", "employer/vacancies", "employer/introductions",
                "employer/introductions/" + vacancyId, "employer/vacancies/edit/" + vacancyId, "vacancy/" + vacancyId));
        int vacancyPages = 0;
        while (!queue.isEmpty() && seen.size() < 40) {
            String path = queue.poll();
            if (!seen.add(path) || path.startsWith("sign-") || path.startsWith("api/")) {
                continue;
            }
            if (path.matches("vacancy/\\d+") && !path.equals("vacancy/" + vacancyId) && vacancyPages++ >= 3) {
                continue;
            }
            browser.open(path);
            String text = browser.pageText() + "\n" + browser.pageSource();
            assertThat(text).as("page /" + path).doesNotContain(forbidden);
            for (String linked : browser.linkedPaths()) {
                if (linked.startsWith("VAADIN/")) {
                    // A download (the CSV of the employer's vacancies, a template) lives only while its page
                    // does, so it is read now; its content must not leak either.
                    assertThat(browser.fetch(linked)).as("download /" + linked + " on /" + path).startsWith("200 ")
                            .doesNotContain(forbidden);
                } else {
                    queue.add(linked);
                }
            }
        }
        assertThat(seen).contains("employer/introductions", "employer/vacancies/edit", "vacancies", "about-the-data");

        String openApi = browser.fetch("api/openapi.yml");
        assertThat(openApi).startsWith("200 ");
        List<String> getPaths = new ArrayList<>();
        String currentPath = null;
        for (String line : openApi.lines().toList()) {
            if (line.matches("  /\\S+:")) {
                currentPath = line.strip().replace(":", "");
            } else if (currentPath != null && line.equals("    get:")) {
                getPaths.add(currentPath);
            }
        }
        assertThat(getPaths).contains("/api/v1/taxonomy", "/api/v1/vacancies", "/api/v1/participants/{id}",
                "/api/v1/participants/{id}/matches", "/api/v1/vacancies/{id}/candidates");
        for (String path : getPaths) {
            for (long id : List.of(participantId, vacancyId)) {
                String response = browser.fetch(path.substring(1).replace("{id}", Long.toString(id)));
                if (path.equals("/api/v1/taxonomy")) {
                    assertThat(response).isEqualTo(anonymousTaxonomy());
                    continue;
                }
                assertThat(response).as(path + " with id " + id).doesNotContain(forbidden);
            }
        }
    }

    private String anonymousTaxonomy() {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.getURL() + "/api/v1/taxonomy")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void step(String button, String note) {
        browser.click(button);
        if (note != null) {
            browser.type("step-note", note);
        }
        browser.click("confirm-step");
        browser.waitForVaadin();
    }
}
