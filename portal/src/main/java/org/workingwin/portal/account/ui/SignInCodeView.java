package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.PendingSignIn;
import org.workingwin.portal.account.SecuritySettings;
import org.workingwin.portal.account.SignInOutcome;
import org.workingwin.portal.account.SignInService;
import org.workingwin.portal.account.TwoFactorService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.RoleHome;

/**
 * The second step of a staff sign-in: a code from the authenticator app, or a recovery code. Open to
 * anyone because nobody is signed in yet; without a recent correct password it only offers to start again.
 */
@Route(value = "sign-in/code", layout = MainLayout.class)
@PageTitle("Sign-in code | Working Win")
@AnonymousAllowed
@Prototype
public class SignInCodeView extends VerticalLayout implements BeforeEnterObserver {

    private final SignInService signIns;
    private final SecuritySettings settings;
    final TextField code = new TextField("Code");
    private final Div message = new Div();
    private String returnTo;

    public SignInCodeView(SignInService signIns, SecuritySettings settings) {
        this.signIns = signIns;
        this.settings = settings;
        addClassName("ww-page");
        code.setId("sign-in-code");
        code.setMaxLength(TwoFactorService.CODE_MAX);
        code.setHelperText("The 6-digit code your authenticator app shows now, or one of your recovery codes");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        code.setWidth("22em");
        code.setMaxWidth("100%");
        Button confirm = new Button("Sign in", e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setId("confirm-code");
        message.setId("sign-in-code-message");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("ww-alert");
        message.setVisible(false);
        add(new H1("Enter your sign-in code"), message);
        if (SignInSession.pending() == null) {
            message.setText("Your sign-in has timed out, or has not started.");
            message.setVisible(true);
            add(new Paragraph(new Anchor("sign-in", "Sign in again")));
        } else {
            add(new Paragraph("Your password was right. Your account also asks for a code."), code, confirm,
                    new Paragraph(new Anchor("sign-in", "Start again")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = SignInSession.returnTo(event);
    }

    private void confirm() {
        PendingSignIn pending = SignInSession.pending();
        switch (signIns.confirmCode(pending, code.getValue(), SignInSession.clientAddress(settings))) {
            case SignInOutcome.SignedIn s -> {
                SignInSession.setPending(null);
                CurrentUser.signIn(s.user());
                getUI().ifPresent(ui -> ui.navigate(returnTo != null ? returnTo : RoleHome.of(s.user().role())));
            }
            case SignInOutcome.Refused r -> {
                SignInSession.setPending(null);
                stop(SignInSession.LOCKED_TITLE + " " + SignInSession.lockedMessage(r.until()));
            }
            case SignInOutcome.Expired x -> {
                SignInSession.setPending(null);
                stop("Your sign-in has timed out.");
            }
            case SignInOutcome.Wrong w -> {
                code.setErrorMessage("That code is not right. Enter the code your app shows now, or a recovery code");
                code.setInvalid(true);
                code.focus();
            }
            case SignInOutcome.CodeNeeded c -> throw new IllegalStateException("A code was already given");
        }
    }

    /** Ends this attempt: the message, and a way back to the start. */
    private void stop(String text) {
        removeAll();
        message.setText(text);
        message.setVisible(true);
        add(new H1("Enter your sign-in code"), message, new Paragraph(new Anchor("sign-in", "Sign in again")));
    }
}
