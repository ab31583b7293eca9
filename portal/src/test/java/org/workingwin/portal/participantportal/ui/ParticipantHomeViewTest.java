package org.workingwin.portal.participantportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.RoleHome;
import org.workingwin.portal.ips.ui.SpecialistHomeView;
import org.workingwin.portal.participantportal.PortalFixture;
import org.workingwin.portal.pipeline.PipelineService;

class ParticipantHomeViewTest extends ViewTest {

    @Test
    void a_participant_lands_on_the_jobs_shared_with_them_and_says_they_are_interested() {
        PortalFixture.Setup s = bean(PortalFixture.class).shortlisted("Gilder");
        bean(PipelineService.class).share(s.specialist(), s.opportunity(), null);
        signInAs(s.participant());

        ParticipantHomeView view = navigate(RoleHome.of(Role.PARTICIPANT), ParticipantHomeView.class);

        Div card = (Div) view.list.getChildren().findFirst().orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Gilder assistant", "Gilder Ltd", "Where it stands: Shared by your specialist.",
                "Why it could suit you", "Title matches \"Gilder assistant\".");
        Button interested = (Button) card.getChildren().filter(c -> c instanceof Button).findFirst().orElseThrow();
        assertThat(interested.getId()).contains("interested-" + s.opportunity());

        test(interested).click();

        String after = view.list.getElement().getTextRecursively();
        assertThat(after).contains("Where it stands: You said you are interested. Your specialist will be in touch.")
                .doesNotContain("I'm interested");

        signInAs(s.specialist());
        SpecialistHomeView home = navigate(RoleHome.of(Role.SPECIALIST), SpecialistHomeView.class);
        assertThat(home.getElement().getTextRecursively())
                .contains("Participants who said they are interested", "Jamie Rivers is interested in Gilder assistant (Gilder Ltd)");
    }

    @Test
    void with_nothing_shared_the_page_says_what_will_appear() {
        PortalFixture.Setup s = bean(PortalFixture.class).shortlisted("Carver");
        signInAs(s.participant());

        ParticipantHomeView view = navigate("me", ParticipantHomeView.class);

        assertThat(view.list.getElement().getTextRecursively())
                .isEqualTo("Nothing yet. When your specialist shares a job, you will see it here.");
    }
}
