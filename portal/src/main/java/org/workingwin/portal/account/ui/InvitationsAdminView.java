package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.account.Invitation;
import org.workingwin.portal.account.InvitationService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.SelectNames;
import org.workingwin.portal.base.validation.InvalidInputException;

/** Administrators invite specialists and administrators by email, and resend or withdraw invitations. */
@Route(value = "admin/invitations", layout = MainLayout.class)
@PageTitle("Invitations | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class InvitationsAdminView extends VerticalLayout {

    private final InvitationService invitations;
    private final SignedInUser user;
    private final FormErrors errors = new FormErrors();
    final EmailField email = new EmailField("Email address");
    final TextField name = new TextField("Name");
    final Select<Role> role = SelectNames.named(new Select<>());
    final Grid<Invitation> grid = new Grid<>(Invitation.class, false);

    public InvitationsAdminView(InvitationService invitations) {
        this.invitations = invitations;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        email.setId("invite-email");
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        name.setId("invite-name");
        name.setMaxLength(AccountLimits.NAME_MAX);
        role.setLabel("Role");
        role.setId("invite-role");
        role.setItems(Role.SPECIALIST, Role.ADMIN);
        role.setItemLabelGenerator(InvitationsAdminView::label);
        role.setValue(Role.SPECIALIST);
        errors.bind("email", email).bind("name", name).bind("role", role);
        Button send = new Button("Send invitation", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invitation");
        grid.addComponentColumn(InvitationsAdminView::who).setHeader("Who").setFlexGrow(3);
        grid.addColumn(i -> label(i.role())).setHeader("Role");
        grid.addColumn(i -> DateTimes.dateTime(i.sentAt()) + " by " + i.invitedBy()).setHeader("Sent").setFlexGrow(2);
        grid.addColumn(i -> i.expired() ? "Expired" : "Until " + DateTimes.dateTime(i.expiresAt()))
                .setHeader("Link works");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // Addresses and dates are long: wrap them rather than cut them off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Invitations waiting to be accepted");
        grid.setEmptyStateText("No invitations are waiting.");
        add(new H1("Invitations"),
                new Paragraph("Invite a specialist or an administrator. They get an email with a link that works "
                        + "once, for 7 days, to choose their password. Employers register themselves; specialists "
                        + "invite their participants from the participant's record."),
                new FormLayout(email, name, role), send, new H2("Waiting to be accepted"), grid);
        refresh();
    }

    /** Name above address; an address has no spaces, so it may break anywhere rather than be cut off. */
    private static Div who(Invitation invitation) {
        Div email = new Div(invitation.email());
        email.getStyle().set("overflow-wrap", "anywhere");
        return new Div(new Div(invitation.name()), email);
    }

    private HorizontalLayout actions(Invitation invitation) {
        Button again = new Button("Send again", e -> act(() -> invitations.sendAgain(user, invitation.id()),
                "Sent again to " + invitation.email() + ". The earlier link no longer works."));
        again.setId("send-again-" + invitation.id());
        again.setAriaLabel("Send the invitation to " + invitation.name() + " again");
        Button withdraw = new Button("Withdraw", e -> act(() -> invitations.withdraw(user, invitation.id()),
                "Invitation to " + invitation.email() + " withdrawn."));
        withdraw.setId("withdraw-" + invitation.id());
        withdraw.setAriaLabel("Withdraw the invitation to " + invitation.name());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(again, withdraw);
    }

    private void send() {
        try {
            invitations.inviteStaff(user, email.getValue(), name.getValue(), role.getValue());
            errors.clear();
            FormErrors.success("Invitation sent to " + email.getValue().strip() + ".");
            email.clear();
            name.clear();
            refresh();
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FormErrors.success(done);
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(invitations.pendingStaff(user));
    }

    private static String label(Role role) {
        return role == Role.ADMIN ? "Administrator" : "Specialist";
    }
}
