package org.workingwin.portal.alert.ui;

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
import java.util.Optional;
import org.workingwin.portal.alert.MailKind;
import org.workingwin.portal.alert.ParticipantMail;
import org.workingwin.portal.base.ui.MainLayout;

/** The link at the foot of every participant email: turns that kind of email off, no sign-in needed. */
@Route(value = "unsubscribe", layout = MainLayout.class)
@PageTitle("Stop emails | Working Win")
@AnonymousAllowed
@Prototype
public class UnsubscribeView extends VerticalLayout implements HasUrlParameter<String> {

    private final ParticipantMail mail;
    final Paragraph result = new Paragraph();

    public UnsubscribeView(ParticipantMail mail) {
        this.mail = mail;
        addClassName("ww-page");
        result.setId("unsubscribe-result");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        Optional<MailKind> stopped = mail.unsubscribe(token);
        removeAll();
        if (stopped.isEmpty()) {
            add(new H1("This link does not work"), new Paragraph("It may be copied wrongly. "
                    + "You can sign in and choose your emails on My saved searches."));
            return;
        }
        result.setText(switch (stopped.get()) {
            case DIGEST -> "You will not get emails about new jobs for your saved searches any more.";
            case SHARE -> "You will not get emails when your specialist shares a job any more. "
                    + "You will still see the jobs they share when you sign in.";
        });
        add(new H1("Emails stopped"), result, new Paragraph("Changed your mind? Sign in and go to My saved searches."),
                new Anchor("sign-in", "Sign in"));
    }
}
