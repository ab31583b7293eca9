package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.account.LinkUnusableException;
import org.workingwin.portal.account.PasswordService;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;

/** The page a reset email links to: a new password, then sign in with it. */
@Route(value = "reset-password", layout = MainLayout.class)
@PageTitle("Choose a new password | Working Win")
@AnonymousAllowed
@Prototype
public class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String> {

    private final PasswordService passwords;
    final PasswordField password = new PasswordField("New password");
    private String token;

    public ResetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("ww-page");
        password.setId("new-password");
        password.setMaxLength(AccountLimits.PASSWORD_MAX);
        password.setHelperText("At least " + AccountLimits.PASSWORD_MIN + " characters");
        password.setWidth("min(100%, 24em)");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        removeAll();
        try {
            String email = passwords.resetEmail(token);
            Button save = new Button("Save my new password", e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-password");
            add(new H1("Choose a new password"), new Paragraph("For the account " + email + ". Saving it signs "
                    + "your account out on every device, and any other reset links stop working."), password, save);
        } catch (LinkUnusableException e) {
            add(new LinkProblem(e));
        }
    }

    private void save() {
        try {
            passwords.reset(token, password.getValue());
            FormErrors.success("Your password is changed. Sign in with your new password.");
            getUI().ifPresent(ui -> ui.navigate("sign-in"));
        } catch (InvalidInputException e) {
            password.setErrorMessage(e.fieldErrors().get("password"));
            password.setInvalid(true);
            password.focus();
        } catch (LinkUnusableException e) {
            removeAll();
            add(new LinkProblem(e));
        }
    }
}
