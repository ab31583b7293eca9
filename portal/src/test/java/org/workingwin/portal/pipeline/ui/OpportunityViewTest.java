package org.workingwin.portal.pipeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

class OpportunityViewTest extends ViewTest {

    private record Shortlisted(SignedInUser specialist, long opportunity) {
    }

    private Shortlisted shortlisted(String reference) {
        TestData data = bean(TestData.class);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        VacancyService vacancies = bean(VacancyService.class);
        long vacancy = vacancies.submit(data.employer("Steps Ltd"), null,
                TestData.validDraft("Shop assistant", LocalDate.now()));
        vacancies.publish(specialist, vacancy);
        bean(VacancyIndexService.class).catchUp();
        long participant = bean(ParticipantService.class).create(specialist, TestData.profile(reference, "Jamie",
                "Rivers", "shop assistant", "S1 4AB", Map.of("fatigue", "MUST_HAVE")));
        return new Shortlisted(specialist, bean(PipelineService.class).shortlist(specialist, participant, vacancy,
                "Looks right"));
    }

    @Test
    void a_step_is_recorded_through_its_dialog_and_joins_the_timeline() {
        Shortlisted s = shortlisted("WW-OPP-1");
        signInAs(s.specialist());
        OpportunityView view = navigate(OpportunityView.class, s.opportunity());
        assertThat(view.stage.getText()).isEqualTo("Shortlisted");

        test($(Button.class).id("step-interested")).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        test($(TextArea.class).id("step-note")).setValue("Wants to apply");
        test($(Button.class).id("confirm-step")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.stage.getText()).isEqualTo("Participant interested");
        assertThat(view.timeline.getElement().getTextRecursively())
                .contains("Participant said they are interested", "Wants to apply");
    }

    @Test
    void another_specialist_gets_the_not_allowed_page() {
        Shortlisted s = shortlisted("WW-OPP-2");
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        com.vaadin.flow.component.UI.getCurrent().navigate(OpportunityView.class, s.opportunity());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
