package org.workingwin.portal.match.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.ui.OpportunityView;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

class VacancyCandidatesViewTest extends ViewTest {

    @Test
    void a_specialist_sees_who_on_their_caseload_suits_a_vacancy_and_shortlists_one() {
        TestData data = bean(TestData.class);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        VacancyService vacancies = bean(VacancyService.class);
        long vacancy = vacancies.submit(data.employer("Candidates Ltd"), null,
                TestData.validDraft("Shop assistant", LocalDate.now()));
        vacancies.publish(specialist, vacancy);
        long suited = bean(ParticipantService.class).create(specialist, TestData.profile("WW-CAND-1", "Noor",
                "Ahmed", "shop assistant", "S1 4AB", Map.of("fatigue", "MUST_HAVE")));
        bean(ParticipantService.class).create(data.user(Role.SPECIALIST), TestData.profile("WW-CAND-2", "Other",
                "Caseload", "shop assistant", "S1 4AB", Map.of()));
        bean(VacancyIndexService.class).catchUp();
        bean(org.workingwin.portal.search.ParticipantIndexService.class).catchUp();
        signInAs(specialist);

        VacancyCandidatesView view = navigate(VacancyCandidatesView.class, vacancy);

        assertThat(view.summary.getText()).isEqualTo("1 participant suits this vacancy");
        assertThat(view.results.getElement().getTextRecursively()).contains("Noor Ahmed",
                "Yes: Offers flexible start and finish, which helps with fatigue").doesNotContain("Other Caseload");
        test($(Button.class).id("shortlist-participant-" + suited)).click();
        assertThat(getCurrentView()).isInstanceOf(OpportunityView.class);
        assertThat(bean(org.workingwin.portal.pipeline.PipelineService.class).byVacancy(specialist, suited)
                .get(vacancy).stage()).isEqualTo(org.workingwin.portal.pipeline.Stage.SHORTLISTED);
    }
}
