package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Every page the other browser tests use, for visitors and for each role, on a 320 px wide phone and at
 * 200% zoom of a 1280 px window (laid out at 640 px with twice the pixels): the page never scrolls sideways,
 * nothing but a grid is wider than the window, and axe-core finds nothing there either. Screenshots of each
 * go to target/screenshots (small-*, zoom-*) to be looked at.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallScreenIT {

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
    org.workingwin.portal.account.AccountService accounts;
    @Inject
    PipelineService pipeline;
    @Inject
    VacancyIndexService index;

    private Browser browser;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final Map<Role, SignedInUser> users = new LinkedHashMap<>();
    private SignedInUser employer;
    private long vacancyId;
    private long participantId;
    private long opportunityId;
    private String participantEmail;
    private long referralId;
    @Inject
    org.workingwin.portal.referral.ReferralService referrals;

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString());
        LocalDate today = LocalDate.now(clock);
        employer = data.employer("Narrow Screens Bakery of Sheffield and Rotherham " + tag);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        users.put(Role.SPECIALIST, specialist);
        users.put(Role.ADMIN, data.user(Role.ADMIN));
        vacancyId = vacancies.submit(employer, null, TestData.validDraft(
                "Bakery and customer service assistant (part-time, weekday mornings) " + tag, today));
        vacancies.publish(specialist, vacancyId);
        participantEmail = TestData.uniqueEmail("samira");
        participantId = participants.create(specialist, TestData.profile("WW-S" + tag, "Samira", "Featherstonehaugh"
                + tag, "bakery assistant", "S1 4AB", Map.of("concentration", "MUST_HAVE")).withRecord(participantEmail,
                null, "EMAIL", true, false, "LOOKING", null, Map.of(), java.util.List.of()));
        participants.linkAccount(specialist, participantId, accounts.create(participantEmail,
                "Samira Featherstonehaugh" + tag, TestData.PASSWORD, Role.PARTICIPANT, null).id());
        referralId = referrals.selfReferral(org.workingwin.portal.referral.ReferralTestData.eligible("S2", false),
                org.workingwin.portal.referral.ReferralTestData.person("Narrow"));
        opportunityId = pipeline.shortlist(specialist, participantId, vacancyId, null);
        index.catchUp();
    }

    @AfterEach
    void pagesAreAccessible() {
        browser.assertAccessible();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, scale {3}")
    @CsvSource({"small, 320, 720, 1, true", "zoom, 640, 450, 2, false"})
    void every_page_fits_the_width_without_sideways_scrolling(String name, int width, int height, double scale,
                                                              boolean mobile) {
        browser.emulate(width, height, scale, mobile);
        List<String> problems = new ArrayList<>();
        browser.driver().manage().deleteAllCookies();
        visit(name, problems, List.of("", "vacancies", "vacancy/" + vacancyId, "about-the-data", "take-part", "refer",
                "in-work-support", "register", "sign-in", "sign-in/code", "support", "support/register", "unsubscribe/not-a-token", "forgot-password",
                "reset-password/not-a-token"));

        browser.signIn(employer.email(), TestData.PASSWORD);
        visit(name, problems, List.of("employer/vacancies", "employer/vacancies/edit", "employer/vacancies/import",
                "employer/vacancies/edit/" + vacancyId, "employer/introductions", "employer/introductions/" + vacancyId, "account"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(users.get(Role.SPECIALIST).email(), TestData.PASSWORD);
        visit(name, problems, List.of("specialist", "specialist/participants",
                "specialist/participants/record/" + participantId, "specialist/participants/edit/" + participantId,
                "specialist/participants/matches/" + participantId, "specialist/participants/progress/" + participantId,
                "specialist/participants/plan/" + participantId, "specialist/opportunities/" + opportunityId,
                "specialist/vacancies/participants/" + vacancyId, "specialist/vetting", "specialist/employer-contacts",
                "account/api-tokens", "account/two-factor"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(users.get(Role.ADMIN).email(), TestData.PASSWORD);
        visit(name, problems, List.of("admin/referrals", "admin/referral/" + referralId, "admin/caseloads",
                "admin/search-index", "admin/support-listings", "admin/invitations", "account/two-factor"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(participantEmail, TestData.PASSWORD);
        visit(name, problems, List.of("me", "me/saved-searches", "vacancies", "vacancy/" + vacancyId));

        assertThat(problems).as("pages wider than %d px", width).isEmpty();
    }

    private void visit(String name, List<String> problems, List<String> paths) {
        for (String path : paths) {
            browser.open(path);
            browser.screenshot(name + "-" + (path.isEmpty() ? "home" : path.replaceAll("/\\d+", "").replace('/', '-')));
            List<String> wide = browser.overflowing();
            if (!wide.isEmpty()) {
                problems.add("/" + path + ": " + wide);
            }
        }
    }
}
