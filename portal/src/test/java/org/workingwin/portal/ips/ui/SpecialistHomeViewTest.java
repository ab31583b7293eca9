package org.workingwin.portal.ips.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.RoleHome;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.ReviewInput;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

class SpecialistHomeViewTest extends ViewTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private static long participant(SignedInUser specialist, String reference, String first, String last,
                                    LocalDate enrolled) {
        return bean(ParticipantService.class).create(specialist, TestData.profile(reference, first, last,
                "Shop assistant", "S1 4AB", Map.of()).withRecord(TestData.uniqueEmail(first.toLowerCase()), null,
                "EMAIL", true, false, "LOOKING", enrolled, Map.of(), List.of()));
    }

    @Test
    void a_specialist_lands_on_their_figures_with_a_row_per_participant() {
        LocalDate today = LocalDate.now(bean(Clock.class));
        TestData data = bean(TestData.class);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        VacancyService vacancies = bean(VacancyService.class);
        long vacancy = vacancies.submit(data.employer("Home Page Ltd"), null,
                TestData.validDraft("Shop assistant", today));
        vacancies.publish(specialist, vacancy);
        bean(VacancyIndexService.class).catchUp();
        long ava = participant(specialist, "WW-IPS-VIEW-1", "Ava", "Archer", today.minusDays(14));
        participant(specialist, "WW-IPS-VIEW-2", "Ben", "Brown", today.minusDays(3));
        bean(EmployerContactService.class).record(specialist, "Peak Café Co-operative", today.minusDays(10),
                ContactKind.VISIT, null, ava);
        bean(PipelineService.class).shortlist(specialist, ava, vacancy, null);
        signInAs(specialist);

        SpecialistHomeView view = navigate(RoleHome.of(Role.SPECIALIST), SpecialistHomeView.class);

        assertThat(view.title.getText()).isEqualTo("My work");
        assertThat(view.caseload.getText()).isEqualTo("Caseload: 2 of 20");
        assertThat(view.contactsPerWeek.getText())
                .isEqualTo("Employer contacts per week (last four weeks): 0.25");
        assertThat(view.averageDays.getText()).isEqualTo("Average days to first employer contact: 4.0");
        assertThat(view.withoutContact.getText()).isEqualTo("Participants without an employer contact yet: 1");
        assertThat(view.totals.getText())
                .isEqualTo("Shortlists: 1, introductions: 0, interviews: 0, job starts: 0");
        assertThat(cells(view.participants, 0)).containsExactly("Ava Archer", "Looking for work",
                DATE.format(today.minusDays(14)), "4", "0.50", "1", "0", "0", "0");
        assertThat(cells(view.participants, 1)).containsExactly("Ben Brown", "Looking for work",
                DATE.format(today.minusDays(3)), "None yet", "0.00", "0", "0", "0", "0");
    }

    @Test
    void an_administrator_sees_a_row_per_specialist() {
        SignedInUser specialist = bean(AccountService.class).create(TestData.uniqueEmail("specialist"),
                "Alex Ashworth", TestData.PASSWORD, Role.SPECIALIST, null);
        participant(specialist, "WW-IPS-VIEW-3", "Cara", "Cole", LocalDate.now(bean(Clock.class)).minusDays(5));
        signInAs(bean(TestData.class).user(Role.ADMIN));

        SpecialistHomeView view = navigate(RoleHome.of(Role.ADMIN), SpecialistHomeView.class);

        assertThat(view.title.getText()).isEqualTo("Specialists' IPS figures");
        int row = 0;
        while (!test(view.specialists).getCellText(row, 0).equals("Alex Ashworth")) {
            row++;
        }
        assertThat(cells(view.specialists, row)).containsExactly("Alex Ashworth", "1 of 20", "0.00", "None yet", "1",
                "0", "0", "0", "0");
    }

    @Test
    void overdue_reviews_are_listed_most_overdue_first_with_a_link_to_each_plan() {
        LocalDate today = LocalDate.now(bean(Clock.class));
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        long dan = participant(specialist, "WW-IPS-VIEW-4", "Dan", "Dyer", today.minusDays(30));
        long eve = participant(specialist, "WW-IPS-VIEW-5", "Eve", "Ellis", today.minusDays(90));
        bean(EmploymentPlanService.class).recordReview(specialist, eve, new ReviewInput(today.minusDays(40),
                "Going well", null, today.minusDays(5)));
        participant(specialist, "WW-IPS-VIEW-6", "Fin", "Frost", today.minusDays(3));
        signInAs(specialist);

        SpecialistHomeView view = navigate(RoleHome.of(Role.SPECIALIST), SpecialistHomeView.class);

        var list = view.overdueReviews.getChildren().findFirst().orElseThrow();
        assertThat(list.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .containsExactly(
                        "Eve Ellis: 5 days overdue (due " + DATE.format(today.minusDays(5)) + "). Last review "
                                + DATE.format(today.minusDays(40)) + ".",
                        "Dan Dyer: 2 days overdue (due " + DATE.format(today.minusDays(2)) + "). No review yet.");
        assertThat(list.getChildren().map(c -> ((Anchor) c.getChildren().findFirst()
                .orElseThrow()).getHref()).toList()).containsExactly("specialist/participants/plan/" + eve,
                "specialist/participants/plan/" + dan);
    }

    @Test
    void with_no_review_overdue_the_home_page_says_so() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        participant(specialist, "WW-IPS-VIEW-7", "Gil", "Gray", LocalDate.now(bean(Clock.class)).minusDays(28));
        signInAs(specialist);

        SpecialistHomeView view = navigate(RoleHome.of(Role.SPECIALIST), SpecialistHomeView.class);

        assertThat(view.overdueReviews.getElement().getTextRecursively()).isEqualTo("No reviews are overdue.");
    }

    private <T> List<String> cells(Grid<T> grid, int row) {
        return IntStream.range(0, grid.getColumns().size()).mapToObj(column -> test(grid).getCellText(row, column))
                .toList();
    }
}
