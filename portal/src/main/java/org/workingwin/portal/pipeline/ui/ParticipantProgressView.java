package org.workingwin.portal.pipeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.OpportunityDetails;
import org.workingwin.portal.pipeline.PipelineService;

/** Every vacancy considered for one participant and where each stands, most recently changed first. */
@Route(value = "specialist/participants/progress", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ParticipantProgressView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PipelineService pipeline;
    private final ParticipantService participants;
    private final SignedInUser user;
    private final H1 heading = new H1();
    private final HorizontalLayout links = new HorizontalLayout();
    final Grid<OpportunityDetails> grid = new Grid<>();

    public ParticipantProgressView(PipelineService pipeline, ParticipantService participants) {
        this.pipeline = pipeline;
        this.participants = participants;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        grid.addComponentColumn(d -> new RouterLink(d.vacancyTitle(), OpportunityView.class, d.opportunity().id()))
                .setHeader("Vacancy").setFlexGrow(2);
        grid.addColumn(OpportunityDetails::organisationName).setHeader("Employer").setFlexGrow(2);
        grid.addColumn(d -> d.opportunity().stage().label()
                + (d.opportunity().outcome() == null ? "" : ": " + d.opportunity().outcome().label()))
                .setHeader("Now").setFlexGrow(2);
        grid.addColumn(d -> DateTimes.dateTime(d.opportunity().updatedAt())).setHeader("Last step");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No vacancy shortlisted or dismissed yet. Start from their suggested vacancies.");
        add(new Anchor("specialist/participants", "Back to my participants"), heading, links,
                new Paragraph("Open a vacancy to record the next step and see its timeline."), grid);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        String name = participants.summary(user, id).name();
        heading.setText(name + ": progress with vacancies");
        grid.setAriaLabel("Progress with vacancies for " + name);
        links.removeAll();
        links.add(new Anchor("specialist/participants/record/" + id, "Their record"),
                new Anchor("specialist/participants/matches/" + id, "Suggested vacancies"));
        grid.setItems(pipeline.forParticipant(user, id));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }
}
