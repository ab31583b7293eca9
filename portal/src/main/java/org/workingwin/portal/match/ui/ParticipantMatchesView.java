package org.workingwin.portal.match.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.pipeline.Opportunity;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.Stage;
import org.workingwin.portal.pipeline.ui.OpportunityView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
    private final PipelineService pipeline;
    private final SignedInUser user;
    private final H1 heading = new H1();
    private final HorizontalLayout links = new HorizontalLayout();
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private long participantId;
    private int page;

    public ParticipantMatchesView(MatchService matches, ParticipantService participants, PipelineService pipeline) {
        this.matches = matches;
        this.participants = participants;
        this.pipeline = pipeline;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        summary.setId("match-summary");
        results.setId("matches");
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        add(new Anchor("specialist/participants", "Back to my participants"), heading, links, summary, results,
                new HorizontalLayout(previous, next));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        participantId = id;
        var participant = participants.summary(user, id);
        heading.setText("Suggested vacancies for " + participant.firstName() + " " + participant.lastName());
        links.removeAll();
        links.add(new Anchor("specialist/participants/record/" + id, "Their record"),
                new Anchor("specialist/participants/progress/" + id, "Progress with vacancies"));
        show(0);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void show(int newPage) {
        page = newPage;
        MatchPage found = matches.matchesFor(user, participantId, page, PAGE_SIZE);
        Map<Long, Opportunity> considered = pipeline.byVacancy(user, participantId);
        summary.setText(found.total() == 0 ? "No open vacancy meets every must-have need and preference yet."
                : found.total() + (found.total() == 1 ? " vacancy suits" : " vacancies suit") + " this participant");
        results.removeAll();
        for (Match match : found.matches()) {
            UnorderedList reasons = ReasonList.of(match.reasons());
            Anchor title = new Anchor("vacancy/" + match.vacancy().id(), match.vacancy().title());
            Div card = new Div(new H2(title), new Paragraph(match.vacancy().organisationName()
                    + " · " + match.vacancy().postcodeDistrict() + ", " + match.vacancy().localAuthority()), reasons,
                    actions(match, considered.get(match.vacancy().id())));
            card.addClassName("ww-card");
            results.add(card);
        }
        previous.setEnabled(page > 0);
        previous.setVisible(found.total() > PAGE_SIZE);
        next.setVisible(found.total() > PAGE_SIZE);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < found.total());
    }

    /** Shortlist or dismiss a new suggestion; one already in progress shows where it stands instead. */
    private Component actions(Match match, Opportunity opportunity) {
        String title = match.vacancy().title();
        long vacancyId = match.vacancy().id();
        if (opportunity != null && opportunity.stage() != Stage.DISMISSED) {
            Span stage = new Span(opportunity.stage().label());
            stage.addClassName("ww-status");
            RouterLink open = new RouterLink("Open progress", OpportunityView.class, opportunity.id());
            open.getElement().setAttribute("aria-label", "Open progress with " + title);
            HorizontalLayout row = new HorizontalLayout(stage, open);
            row.setAlignItems(Alignment.BASELINE);
            return row;
        }
        Button shortlist = new Button("Shortlist", e -> act(() -> {
            long id = pipeline.shortlist(user, participantId, vacancyId, null);
            FormErrors.success("Shortlisted: " + title);
            getUI().ifPresent(ui -> ui.navigate(OpportunityView.class, id));
        }));
        shortlist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shortlist.setId("shortlist-" + vacancyId);
        shortlist.setAriaLabel("Shortlist " + title);
        Button dismiss = new Button("Dismiss", e -> openDismiss(vacancyId, title));
        dismiss.setId("dismiss-" + vacancyId);
        dismiss.setAriaLabel("Dismiss " + title);
        return new HorizontalLayout(shortlist, dismiss);
    }

    private void openDismiss(long vacancyId, String title) {
        TextArea note = new TextArea("Why does it not suit them?");
        note.setMaxLength(PipelineService.NOTE_MAX);
        note.setWidthFull();
        note.setId("dismiss-note");
        note.setHelperText("It stays out of their suggestions unless the employer changes the vacancy");
        new ActionDialog("Dismiss: " + title, "Dismiss", "confirm-dismiss",
                () -> pipeline.dismiss(user, participantId, vacancyId, note.getValue()),
                () -> {
                    FormErrors.success("Dismissed: " + title);
                    show(page);
                }).field("note", note).open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormErrors.error(String.join(". ", e.fieldErrors().values()));
        }
    }
}
