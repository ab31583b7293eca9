package org.workingwin.portal.match.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

class ParticipantMatchesViewTest extends ViewTest {

    private long participantOf(SignedInUser specialist, String reference) {
        return bean(ParticipantService.class).create(specialist, TestData.profile(reference, "Jamie", "Rivers",
                "shop assistant", "S1 4AB", Map.of("fatigue", "MUST_HAVE")));
    }

    @Test
    void a_specialist_sees_suggested_vacancies_with_reasons_in_plain_words() {
        TestData data = bean(TestData.class);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        VacancyService vacancies = bean(VacancyService.class);
        long vacancy = vacancies.submit(data.employer("Reasons Ltd"), null,
                TestData.validDraft("Shop assistant", LocalDate.now()));
        vacancies.publish(specialist, vacancy);
        long participant = participantOf(specialist, "WW-VIEW-1");
        bean(VacancyIndexService.class).catchUp();
        signInAs(specialist);

        ParticipantMatchesView view = navigate(ParticipantMatchesView.class, participant);

        assertThat(view.summary.getText()).isEqualTo("1 vacancy suits this participant");
        String text = view.results.getElement().getTextRecursively();
        assertThat(text).contains("Shop assistant", "Reasons Ltd",
                "Yes: Offers flexible start and finish, which helps with fatigue",
                "Yes: Occupation 7111 (sales and retail assistants) matches",
                "Yes: 16 to 24 hours a week fits 10 to 30");
    }

    @Test
    void another_specialist_cannot_open_the_participants_matches() {
        TestData data = bean(TestData.class);
        long participant = participantOf(data.user(Role.SPECIALIST), "WW-VIEW-2");
        signInAs(data.user(Role.SPECIALIST));
        com.vaadin.flow.component.UI.getCurrent().navigate(ParticipantMatchesView.class, participant);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
