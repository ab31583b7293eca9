package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.workingwin.portal.base.security.NotAllowedException;

/** Shown instead of a page the person may not open, and when a service refuses an action. */
@Route(value = "not-allowed", layout = MainLayout.class)
@PageTitle("Not allowed | Working Win")
@AnonymousAllowed
@Prototype
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<NotAllowedException> {

    private final Paragraph reason = new Paragraph("You do not have permission to open this page.");

    public NotAllowedView() {
        setId("not-allowed");
        addClassName("ww-page");
        add(new H1("You are not allowed to see this page"), reason,
                new Paragraph("If you think you should be able to, sign in with the right account or ask "
                        + "the Working Win team."),
                new Anchor("", "Go to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAllowedException> parameter) {
        reason.setText(parameter.getException().getMessage() + ".");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
