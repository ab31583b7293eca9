package org.workingwin.portal.participantportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participantportal.ParticipantPortalService;
import org.workingwin.portal.pipeline.MyOpportunity;

/**
 * "I'm interested" from a vacancy's page: asks once, then tells the participant's specialist. A page of
 * its own (reached by route from the vacancy page), so that the vacancy feature does not depend on this one.
 */
@Route(value = "me/interested", layout = MainLayout.class)
@PageTitle("Tell your specialist | Working Win")
@RolesAllowed("PARTICIPANT")
@Prototype
public class InterestedView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ParticipantPortalService portal;
    private final SignedInUser me;
    final Paragraph result = new Paragraph();
    final Button confirm = new Button("Yes, tell my specialist");

    public InterestedView(ParticipantPortalService portal) {
        this.portal = portal;
        this.me = CurrentUser.require();
        addClassName("ww-page");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-interest");
        result.setId("interest-result");
        result.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, Long vacancyId) {
        removeAll();
        add(new H1("Are you interested in this job?"),
                new Paragraph("We will tell your specialist. They will contact you and help you apply."),
                confirm, result, new Anchor("vacancy/" + vacancyId, "Back to the job"), new Anchor("me", "My jobs"));
        confirm.addClickListener(e -> {
            try {
                MyOpportunity o = portal.interestedInVacancy(me, vacancyId);
                result.setText(o.stage().ordinal() > org.workingwin.portal.pipeline.Stage.INTERESTED.ordinal()
                        ? "Your specialist already knows. Where it stands: " + o.state() + "."
                        : "Thank you. We told your specialist you are interested in " + o.vacancyTitle() + ".");
                confirm.setEnabled(false);
            } catch (InvalidInputException ex) {
                FormErrors.error(String.join(" ", ex.fieldErrors().values()));
            }
        });
    }
}
