package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.account.PasswordService;
import org.workingwin.portal.account.SessionService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;

/** "Your account": who you are signed in as, a new password, and signing out on every device. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Your account | Working Win")
@RolesAllowed({"EMPLOYER", "SPECIALIST", "PARTICIPANT", "ADMIN"})
@Prototype
public class AccountView extends VerticalLayout {

    /** Where sign-in says "you are signed out everywhere". */
    static final String SIGNED_OUT_EVERYWHERE = "sign-in?ended=everywhere";
    private final PasswordService passwords;
    private final SessionService sessions;
    private final SignedInUser user;
    private final FormErrors errors = new FormErrors();
    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");

    public AccountView(PasswordService passwords, SessionService sessions) {
        this.passwords = passwords;
        this.sessions = sessions;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        current.setId("current-password");
        current.setMaxLength(AccountLimits.PASSWORD_MAX);
        replacement.setId("new-password");
        replacement.setMaxLength(AccountLimits.PASSWORD_MAX);
        replacement.setHelperText("At least " + AccountLimits.PASSWORD_MIN + " characters");
        current.setWidth("min(100%, 24em)");
        replacement.setWidth("min(100%, 24em)");
        errors.bind("currentPassword", current).bind("newPassword", replacement);
        Button change = new Button("Change password", e -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        Button everywhere = new Button("Sign out everywhere", e -> signOutEverywhere());
        everywhere.setId("sign-out-everywhere");
        DescriptionList facts = new DescriptionList();
        facts.add(new Term("Name"), new Description(user.displayName()), new Term("Email address"),
                new Description(user.email()));
        facts.addClassName("ww-facts");
        add(new H1("Your account"), facts,
                new H2("Change your password"),
                new Paragraph("Changing it signs you out on every other device; you stay signed in here."),
                current, replacement, change,
                new H2("Sign out everywhere"),
                new Paragraph("Ends every session of your account: on other computers, phones and browsers, and "
                        + "this one. Use it if you signed in on a shared computer or think someone else knows your "
                        + "password (then change your password too)."),
                everywhere);
    }

    private void change() {
        try {
            int generation = passwords.change(user, current.getValue(), replacement.getValue());
            CurrentUser.rememberGeneration(generation);
            errors.clear();
            current.clear();
            replacement.clear();
            FormErrors.success("Your password is changed. You are signed out on every other device.");
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private void signOutEverywhere() {
        sessions.signOutEverywhere(user);
        // Location first: the response that invalidates the session still carries the redirect.
        getUI().ifPresent(ui -> ui.getPage().setLocation(SIGNED_OUT_EVERYWHERE));
        CurrentUser.signOut();
    }
}
