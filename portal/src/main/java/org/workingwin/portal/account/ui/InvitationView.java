package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.account.Invitation;
import org.workingwin.portal.account.InvitationService;
import org.workingwin.portal.account.LinkUnusableException;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.RoleHome;
import org.workingwin.portal.base.validation.InvalidInputException;

/** The page an invitation email links to: what it is for, then a name and password make the account. */
@Route(value = "invitation", layout = MainLayout.class)
@PageTitle("Your invitation | Working Win")
@AnonymousAllowed
@Prototype
public class InvitationView extends VerticalLayout implements HasUrlParameter<String> {

    private final InvitationService invitations;
    private final FormErrors errors = new FormErrors();
    final TextField name = new TextField("Your name");
    final PasswordField password = new PasswordField("Choose a password");
    private String token;

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("ww-page");
        name.setId("name");
        name.setMaxLength(AccountLimits.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        password.setId("password");
        password.setMaxLength(AccountLimits.PASSWORD_MAX);
        password.setRequiredIndicatorVisible(true);
        password.setHelperText("At least " + AccountLimits.PASSWORD_MIN + " characters");
        errors.bind("displayName", name).bind("password", password);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        removeAll();
        try {
            show(invitations.details(token));
        } catch (LinkUnusableException e) {
            add(new LinkProblem(e));
        }
    }

    private void show(Invitation invitation) {
        name.setValue(invitation.name());
        Button accept = new Button("Create my account", e -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-invitation");
        add(new H1("Welcome to Working Win"),
                new Paragraph(invitation.invitedBy() + " invited you to join Working Win " + purpose(invitation.role())
                        + "."),
                new Paragraph("Your account will use the email address " + invitation.email() + ". This invitation "
                        + "works until " + DateTimes.dateTime(invitation.expiresAt()) + "."),
                new FormLayout(name, password), accept);
    }

    private void accept() {
        try {
            SignedInUser user = invitations.accept(token, name.getValue(), password.getValue());
            errors.clear();
            CurrentUser.signIn(user);
            FormErrors.success("Welcome, " + user.displayName() + ". Your account is ready.");
            getUI().ifPresent(ui -> ui.navigate(RoleHome.of(user.role())));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (LinkUnusableException e) {
            removeAll();
            add(new LinkProblem(e));
        }
    }

    private static String purpose(Role role) {
        return switch (role) {
            case PARTICIPANT -> "to see the jobs your employment specialist shares with you and to search vacancies";
            case SPECIALIST -> "as an employment specialist";
            case ADMIN -> "as an administrator";
            case EMPLOYER -> "as an employer";
        };
    }
}
