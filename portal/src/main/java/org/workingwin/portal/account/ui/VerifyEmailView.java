package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.EmailVerificationService;
import org.workingwin.portal.account.LinkUnusableException;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.RoleHome;

/** The page the "confirm your email address" link opens: following it is the confirmation. */
@Route(value = "verify-email", layout = MainLayout.class)
@PageTitle("Confirm your email address | Working Win")
@AnonymousAllowed
@Prototype
public class VerifyEmailView extends VerticalLayout implements HasUrlParameter<String> {

    private final EmailVerificationService verification;

    public VerifyEmailView(EmailVerificationService verification) {
        this.verification = verification;
        addClassName("ww-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        try {
            String email = verification.verify(token);
            Anchor next = CurrentUser.get().map(u -> new Anchor(RoleHome.of(u.role()), "Go to My vacancies"))
                    .orElseGet(() -> new Anchor("sign-in", "Sign in"));
            next.setId("verified-next");
            add(new H1("Thank you: your email address is confirmed"),
                    new Paragraph(email + " is confirmed. You can now send vacancies for checks."), new Paragraph(next));
        } catch (LinkUnusableException e) {
            add(new LinkProblem(e));
        }
    }
}
