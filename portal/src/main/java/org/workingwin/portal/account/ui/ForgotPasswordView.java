package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.account.PasswordService;
import org.workingwin.portal.base.ui.MainLayout;

/**
 * Asks for an email address and always gives the same answer, so the page never tells anyone whether an
 * account uses an address.
 */
@Route(value = "forgot-password", layout = MainLayout.class)
@PageTitle("Forgot your password? | Working Win")
@AnonymousAllowed
@Prototype
public class ForgotPasswordView extends VerticalLayout {

    static final String ANSWER = "If an account uses that address, we have sent a link to it. The link works for "
            + "1 hour. If nothing arrives within a few minutes, check your spam folder or ask again.";
    private final PasswordService passwords;
    final EmailField email = new EmailField("Email address");
    final Paragraph answer = new Paragraph();

    public ForgotPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("ww-page");
        email.setId("email");
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setWidth("min(100%, 24em)");
        Button send = new Button("Send me a link", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reset-link");
        answer.setId("reset-answer");
        answer.getElement().setAttribute("role", "status");
        add(new H1("Forgot your password?"),
                new Paragraph("Enter the email address you sign in with. We will email you a link to choose a new "
                        + "password."), email, send, answer, new Paragraph(new Anchor("sign-in", "Back to sign in")));
    }

    private void send() {
        if (email.getValue().isBlank()) {
            email.setErrorMessage("Enter your email address");
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        passwords.requestReset(email.getValue());
        answer.setText(ANSWER);
    }
}
