package org.workingwin.portal.base.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.account.ui.SignInView;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.search.ui.VacancySearchView;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.ui.MyVacanciesView;
import org.workingwin.portal.vacancy.ui.VacancyEditorView;
import org.workingwin.portal.vetting.ui.VettingView;

class AccessGuardViewTest extends ViewTest {

    @Test
    void a_visitor_is_sent_to_sign_in_for_a_protected_page() {
        visit(MyVacanciesView.class);
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void a_visitor_may_search_vacancies() {
        visit(VacancySearchView.class);
        assertThat(getCurrentView()).isInstanceOf(VacancySearchView.class);
    }

    @Test
    void a_participant_sees_not_allowed_for_employer_and_specialist_pages() {
        signInAs(bean(TestData.class).user(Role.PARTICIPANT));
        visit(MyVacanciesView.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        visit(VettingView.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void an_employer_may_open_their_vacancies() {
        signInAs(bean(TestData.class).employer("Own Ltd"));
        visit(MyVacanciesView.class);
        assertThat(getCurrentView()).isInstanceOf(MyVacanciesView.class);
    }

    @Test
    void a_specialist_may_open_the_vetting_queue() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        visit(VettingView.class);
        assertThat(getCurrentView()).isInstanceOf(VettingView.class);
    }

    @Test
    void an_employer_may_not_open_the_vetting_queue() {
        signInAs(bean(TestData.class).employer("Queue Ltd"));
        visit(VettingView.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void an_employer_opening_another_organisations_vacancy_sees_not_allowed_and_no_data() {
        TestData data = bean(TestData.class);
        var owner = data.employer("Owner Ltd");
        long id = bean(VacancyService.class).save(owner, null,
                TestData.validDraft("Secret job", java.time.LocalDate.now()));
        signInAs(data.employer("Nosy Ltd"));

        com.vaadin.flow.component.UI.getCurrent().navigate(VacancyEditorView.class, id);

        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).all()).isEmpty();
    }
}
