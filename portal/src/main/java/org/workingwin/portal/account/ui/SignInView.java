package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.SecuritySettings;
import org.workingwin.portal.account.SignInOutcome;
import org.workingwin.portal.account.SignInService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.RoleHome;

/** Sign in with email and password; then back to the page that asked, or the role's home page. */
@Route(value = "sign-in", layout = MainLayout.class)
@PageTitle("Sign in | Working Win")
@AnonymousAllowed
@Prototype
public class SignInView extends VerticalLayout implements BeforeEnterObserver {

    private final SignInService signIns;
    private final SecuritySettings settings;
    private final LoginForm form = new LoginForm();
    private final Paragraph ended = new Paragraph();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private String returnTo;

    public SignInView(SignInService signIns, SecuritySettings settings) {
        this.signIns = signIns;
        this.settings = settings;
        setAlignItems(Alignment.CENTER);
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot your password?");
        form.setI18n(i18n);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.addLoginListener(e -> {
            try {
                signIn(e.getUsername(), e.getPassword());
            } finally {
                // The form turns itself off on submit; whatever happened (even a database that cannot be
                // reached), the person can try again without reloading the page.
                form.setEnabled(true);
            }
        });
        ended.setId("session-ended");
        ended.getElement().setAttribute("role", "status");
        ended.setVisible(false);
        add(new H1("Sign in to Working Win"), ended, form,
                new Paragraph(new Anchor("register", "Register your organisation as an employer")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = SignInSession.returnTo(event);
        // Why a session ended (see AccessGuard and AccountView): said on the page, not in a passing notification.
        String why = event.getLocation().getQueryParameters().getSingleParameter("ended").orElse("");
        ended.setText(switch (why) {
            case "everywhere" -> "You are signed out on every device.";
            case "elsewhere" -> "You have been signed out, because your password was changed or your account was "
                    + "signed out everywhere. Please sign in again.";
            default -> "";
        });
        ended.setVisible(!why.isEmpty());
    }

    private void signIn(String email, String password) {
        switch (signIns.signIn(email, password, SignInSession.clientAddress(settings))) {
            case SignInOutcome.Refused r -> showError(SignInSession.LOCKED_TITLE, SignInSession.lockedMessage(r.until()));
            case SignInOutcome.SignedIn s -> {
                CurrentUser.signIn(s.user());
                SignInSession.setUpRequired(s.mustSetUpTwoFactor());
                String home = s.mustSetUpTwoFactor() ? TwoFactorView.ROUTE : RoleHome.of(s.user().role());
                getUI().ifPresent(ui -> ui.navigate(returnTo != null && !s.mustSetUpTwoFactor() ? returnTo : home));
            }
            case SignInOutcome.CodeNeeded c -> {
                SignInSession.setPending(c.pending());
                getUI().ifPresent(ui -> ui.navigate(SignInCodeView.class, SignInSession.returning(returnTo)));
            }
            case SignInOutcome.Wrong w -> showError("We could not sign you in",
                    "Check your email address and password and try again.");
            case SignInOutcome.Expired e -> showError("We could not sign you in", "Please try again.");
        }
    }

    private void showError(String title, String message) {
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }
}
