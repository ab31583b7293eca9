package org.workingwin.portal.match.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.participant.ParticipantService;

/** The vacancies the engine suggests for one participant, best first, each with its reasons. */
@Route(value = "specialist/participants/matches", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ParticipantMatchesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int PAGE_SIZE = 10;
    private final MatchService matches;
    private final ParticipantService participants;
    private final SignedInUser user;
    private final H1 heading = new H1();
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private long participantId;
    private int page;

    public ParticipantMatchesView(MatchService matches, ParticipantService participants) {
        this.matches = matches;
        this.participants = participants;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        summary.setId("match-summary");
        results.setId("matches");
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        add(new Anchor("specialist/participants", "Back to my participants"), heading, summary, results,
                new HorizontalLayout(previous, next));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        participantId = id;
        var participant = participants.details(user, id).participant();
        heading.setText("Suggested vacancies for " + participant.firstName() + " " + participant.lastName());
        show(0);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void show(int newPage) {
        page = newPage;
        MatchPage found = matches.matchesFor(user, participantId, page, PAGE_SIZE);
        summary.setText(found.total() == 0 ? "No open vacancy meets every must-have need and preference yet."
                : found.total() + (found.total() == 1 ? " vacancy suits" : " vacancies suit") + " this participant");
        results.removeAll();
        for (Match match : found.matches()) {
            UnorderedList reasons = new UnorderedList();
            for (Reason reason : match.reasons()) {
                ListItem item = new ListItem((reason.positive() ? "Yes: " : "Check: ") + reason.sentence());
                item.addClassName(reason.positive() ? "ww-reason-met" : "ww-reason-missing");
                reasons.add(item);
            }
            Div card = new Div(new H2(match.vacancy().title()), new Paragraph(match.vacancy().organisationName()
                    + " · " + match.vacancy().postcodeDistrict() + ", " + match.vacancy().localAuthority()), reasons);
            card.addClassName("ww-card");
            results.add(card);
        }
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < found.total());
    }
}
