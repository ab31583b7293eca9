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
import java.util.List;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.RoleHome;

/** Sign in with email and password; then back to the page that asked, or the role's home page. */
@Route(value = "sign-in", layout = MainLayout.class)
@PageTitle("Sign in | Working Win")
@AnonymousAllowed
@Prototype
public class SignInView extends VerticalLayout implements BeforeEnterObserver {

    private static final String RETURN = "return";
    private final AccountService accounts;
    private final LoginForm form = new LoginForm();
    private String returnTo;

    public SignInView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("We could not sign you in");
        i18n.getErrorMessage().setMessage("Check your email address and password and try again.");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        add(new H1("Sign in to Working Win"), form,
                new Paragraph(new Anchor("register", "Register your organisation as an employer")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(RETURN, List.of());
        // Only local paths: never send someone to another site after sign-in.
        returnTo = values.stream().filter(v -> !v.contains("//") && !v.contains(":")).findFirst().orElse(null);
    }

    private void signIn(String email, String password) {
        var user = accounts.signIn(email, password);
        if (user.isEmpty()) {
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        SignedInUser signedIn = user.get();
        CurrentUser.signIn(signedIn);
        getUI().ifPresent(ui -> ui.navigate(returnTo != null ? returnTo : RoleHome.of(signedIn.role())));
    }
}
