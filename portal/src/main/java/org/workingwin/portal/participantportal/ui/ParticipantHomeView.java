package org.workingwin.portal.participantportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participantportal.ParticipantPortalService;
import org.workingwin.portal.participantportal.SharedVacancy;
import org.workingwin.portal.pipeline.MyOpportunity;

/** Where a participant lands: the jobs their specialist shared, why each could suit them, and "I'm interested". */
@Route(value = "me", layout = MainLayout.class)
@PageTitle("My jobs | Working Win")
@RolesAllowed("PARTICIPANT")
@Prototype
public class ParticipantHomeView extends VerticalLayout {

    private final ParticipantPortalService portal;
    private final SignedInUser me;
    final Div list = new Div();

    public ParticipantHomeView(ParticipantPortalService portal) {
        this.portal = portal;
        this.me = CurrentUser.require();
        addClassName("ww-page");
        list.setId("shared-vacancies");
        Anchor search = new Anchor("vacancies", "Look for jobs yourself");
        Anchor saved = new Anchor("me/saved-searches", "My saved searches and emails");
        Anchor passport = new Anchor("me/passport", "My adjustment passport");
        Anchor data = new Anchor("me/my-data", "The data we hold about me");
        add(new H1("Hello, " + portal.firstName(me)),
                new Paragraph("Here are the jobs your specialist shared with you. "
                        + "Tell them if you are interested. They will help you apply."),
                new H2("Jobs from your specialist"), list, new H2("More"), new UnorderedList(new ListItem(search),
                        new ListItem(saved), new ListItem(passport), new ListItem(data)));
        show();
    }

    private void show() {
        list.removeAll();
        List<SharedVacancy> shared = portal.home(me);
        if (shared.isEmpty()) {
            list.add(new Paragraph("Nothing yet. When your specialist shares a job, you will see it here."));
        }
        shared.forEach(s -> list.add(card(s)));
    }

    private Div card(SharedVacancy s) {
        MyOpportunity o = s.opportunity();
        Div card = new Div(new H3(new Anchor("vacancy/" + o.vacancyId(), o.vacancyTitle())),
                new Paragraph(o.organisationName()));
        Paragraph state = new Paragraph("Where it stands: " + o.state() + ".");
        state.addClassName("ww-state");
        card.add(state);
        if (!s.suits().isEmpty()) {
            card.add(new H4("Why it could suit you"), sentences(s.suits()));
        }
        if (!s.askAbout().isEmpty()) {
            card.add(new H4("Things to ask your specialist about"), sentences(s.askAbout()));
        }
        if (o.canSayInterested()) {
            Button interested = new Button("I'm interested", e -> interested(o));
            interested.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            interested.setId("interested-" + o.opportunityId());
            interested.setAriaLabel("I'm interested in " + o.vacancyTitle());
            card.add(interested, new Paragraph("This tells your specialist. They will contact you."));
        }
        card.addClassName("ww-card");
        card.setId("opportunity-" + o.opportunityId());
        return card;
    }

    private void interested(MyOpportunity o) {
        try {
            portal.interested(me, o.opportunityId());
            FormErrors.success("Thank you. We told your specialist you are interested in " + o.vacancyTitle() + ".");
        } catch (InvalidInputException e) {
            FormErrors.error(String.join(" ", e.fieldErrors().values()));
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
        show();
    }

    private static UnorderedList sentences(List<String> lines) {
        UnorderedList ul = new UnorderedList();
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }
}
