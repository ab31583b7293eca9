package org.workingwin.portal.match.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ui.ParticipantRecordView;

/** The specialist's caseload (administrators: everyone), each linking to their record. */
@Route(value = "specialist/participants", layout = MainLayout.class)
@PageTitle("My participants | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class CaseloadView extends VerticalLayout {

    final Grid<Participant> grid = new Grid<>(Participant.class, false);

    public CaseloadView(ParticipantService participants) {
        addClassName("ww-page");
        setHeightFull();
        grid.addComponentColumn(p -> new RouterLink(p.firstName() + " " + p.lastName(), ParticipantRecordView.class,
                p.id())).setHeader("Participant").setFlexGrow(2);
        grid.addColumn(Participant::reference).setHeader("Trial reference");
        grid.addColumn(p -> p.status().label()).setHeader("Status");
        grid.addColumn(p -> p.wantedRoles() == null ? "" : p.wantedRoles()).setHeader("Looking for").setFlexGrow(3);
        grid.addColumn(p -> p.homeDistrict() == null ? "Remote only" : p.homeDistrict()).setHeader("Home");
        grid.addComponentColumn(p -> {
            Anchor edit = new Anchor("specialist/participants/edit/" + p.id(), "Edit");
            edit.getElement().setAttribute("aria-label", "Edit " + p.firstName() + " " + p.lastName());
            return edit;
        }).setHeader("Profile");
        grid.setItems(participants.caseload(CurrentUser.require()));
        grid.setAriaLabel("My participants");
        grid.setEmptyStateText("No participants on your caseload yet.");
        Anchor add = new Anchor("specialist/participants/edit", "Add a participant");
        add.setId("add-participant");
        add(new H1("My participants"), new Paragraph("Open a participant to see the vacancies that suit them, "
                + "with the reasons you can read out to them."), add, grid);
        setFlexGrow(1, grid);
    }
}
