package org.workingwin.portal.participant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.StaffMember;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantLimits;
import org.workingwin.portal.participant.ParticipantService;

/**
 * Administrators give each participant to a specialist, within the limit of active participants per
 * specialist. The service checks the limit; a refused change is explained and the row keeps its value.
 */
@Route(value = "admin/caseloads", layout = MainLayout.class)
@PageTitle("Caseloads | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class CaseloadAdminView extends VerticalLayout {

    static final String NO_SPECIALIST = "No specialist";
    private final ParticipantService participants;
    private final SignedInUser user;
    // The team is a few dozen people, not business data: kept for the per-row choices.
    private final List<StaffMember> team;
    private final Map<Long, StaffMember> byId;
    final Grid<StaffMember> specialists = new Grid<>(StaffMember.class, false);
    final Grid<Participant> grid = new Grid<>(Participant.class, false);

    public CaseloadAdminView(ParticipantService participants, AccountService accounts) {
        this.participants = participants;
        this.user = CurrentUser.require();
        this.team = accounts.specialists();
        this.byId = team.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
        addClassName("ww-page");
        specialists.addColumn(StaffMember::name).setHeader("Specialist");
        specialists.addColumn(s -> participants.activeCaseloadSize(s.id()) + " of " + ParticipantLimits.CASELOAD_LIMIT)
                .setHeader("Active participants");
        specialists.setItems(team);
        specialists.setAllRowsVisible(true);
        specialists.setAriaLabel("Specialists and their caseloads");
        specialists.setEmptyStateText("No specialists have accounts yet.");
        grid.addComponentColumn(p -> new RouterLink(p.name(), ParticipantRecordView.class, p.id()))
                .setHeader("Participant").setFlexGrow(2);
        grid.addColumn(Participant::reference).setHeader("Trial reference");
        grid.addColumn(p -> p.status().label()).setHeader("Status");
        grid.addColumn(p -> specialistName(p.specialistId())).setHeader("Specialist");
        grid.addComponentColumn(this::choice).setHeader("Give to").setFlexGrow(2);
        grid.setItems(q -> participants.everyone(user, q.getPage(), q.getPageSize()).stream(),
                q -> Math.toIntExact(participants.countEveryone(user)));
        grid.setAriaLabel("Participants and their specialists");
        grid.setEmptyStateText("No participants yet.");
        Anchor add = new Anchor("specialist/participants/edit", "Add a participant");
        add.setId("add-participant");
        add(new H1("Caseloads"), new Paragraph("Each specialist carries at most " + ParticipantLimits.CASELOAD_LIMIT
                        + " participants who have not left the programme."),
                new H2("Specialists"), specialists, new H2("Participants"), add, grid);
    }

    private Select<StaffMember> choice(Participant p) {
        Select<StaffMember> select = SelectNames.named(new Select<>());
        select.setItems(team);
        select.setItemLabelGenerator(s -> s == null ? NO_SPECIALIST : s.name());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(NO_SPECIALIST);
        select.setValue(p.specialistId() == null ? null : byId.get(p.specialistId()));
        select.setAriaLabel("Specialist for " + p.name());
        select.addValueChangeListener(e -> {
            // Only the administrator's choice is sent; putting back the old value after a refusal is not.
            if (e.isFromClient()) {
                assign(p, e.getOldValue(), e.getValue(), select);
            }
        });
        return select;
    }

    private void assign(Participant p, StaffMember before, StaffMember chosen, Select<StaffMember> select) {
        try {
            participants.assign(user, p.id(), chosen == null ? null : chosen.id());
            FormErrors.success(chosen == null ? p.name() + " is on no specialist's caseload now"
                    : p.name() + " is now on " + chosen.name() + "'s caseload");
            grid.getDataProvider().refreshAll();
            specialists.getDataProvider().refreshAll();
        } catch (InvalidInputException e) {
            select.setValue(before);
            FormErrors.error(String.join(". ", e.fieldErrors().values()));
        } catch (NotAllowedException e) {
            select.setValue(before);
            FormErrors.error(e.getMessage());
        }
    }

    private String specialistName(Long id) {
        if (id == null) {
            return NO_SPECIALIST;
        }
        StaffMember specialist = byId.get(id);
        return specialist == null ? "Someone no longer a specialist" : specialist.name();
    }
}
