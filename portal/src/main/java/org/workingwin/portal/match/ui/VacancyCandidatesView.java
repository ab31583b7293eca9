package org.workingwin.portal.match.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.match.CandidateView;
import org.workingwin.portal.match.CandidatesPage;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.pipeline.Opportunity;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.Stage;
import org.workingwin.portal.pipeline.ui.OpportunityView;
import org.workingwin.portal.vacancy.VacancyService;

/** The participants on the specialist's caseload that one published vacancy suits, with the reasons. */
@Route(value = "specialist/vacancies/participants", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class VacancyCandidatesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** A caseload is at most about 20: one page shows it all. */
    private static final int PAGE_SIZE = 50;
    private final MatchService matches;
    private final PipelineService pipeline;
    private final VacancyService vacancies;
    private final SignedInUser user;
    private final H1 heading = new H1();
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    private long vacancyId;
    private String title;

    public VacancyCandidatesView(MatchService matches, PipelineService pipeline, VacancyService vacancies) {
        this.matches = matches;
        this.pipeline = pipeline;
        this.vacancies = vacancies;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        summary.setId("candidate-summary");
        results.setId("candidates");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        vacancyId = id;
        title = vacancies.details(user, id).vacancy().title();
        heading.setText("Suitable participants for " + title);
        removeAll();
        add(new Anchor("vacancy/" + id, "Back to the vacancy"), heading, summary, results);
        show();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void show() {
        results.removeAll();
        CandidatesPage found;
        try {
            found = matches.candidatesFor(user, vacancyId, 0, PAGE_SIZE);
        } catch (NotAllowedException e) {
            summary.setText(e.getMessage());
            return;
        }
        Map<Long, Opportunity> considered = pipeline.byParticipant(user, vacancyId);
        summary.setText(found.total() == 0 ? "No one on your caseload suits this vacancy's must-haves and preferences."
                : found.total() + (found.total() == 1 ? " participant suits" : " participants suit") + " this vacancy");
        for (CandidateView candidate : found.candidates()) {
            UnorderedList reasons = ReasonList.of(candidate.reasons());
            String name = candidate.name() == null ? candidate.reference() : candidate.name();
            Div card = new Div(new H2(name), reasons, action(candidate, name, considered.get(candidate.participantId())));
            card.addClassName("ww-card");
            results.add(card);
        }
    }

    private Component action(CandidateView candidate, String name, Opportunity opportunity) {
        if (opportunity != null && opportunity.stage() != Stage.DISMISSED) {
            Span stage = new Span(opportunity.stage().label());
            stage.addClassName("ww-status");
            return new Div(stage, new Span(" "), new RouterLink("Open progress", OpportunityView.class,
                    opportunity.id()));
        }
        Button shortlist = new Button("Shortlist for " + name, e -> {
            try {
                long id = pipeline.shortlist(user, candidate.participantId(), vacancyId, null);
                FormErrors.success("Shortlisted " + title + " for " + name);
                getUI().ifPresent(ui -> ui.navigate(OpportunityView.class, id));
            } catch (InvalidInputException | NotAllowedException ex) {
                FormErrors.error(ex instanceof InvalidInputException invalid
                        ? String.join(". ", invalid.fieldErrors().values()) : ex.getMessage());
            }
        });
        shortlist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shortlist.setId("shortlist-participant-" + candidate.participantId());
        return shortlist;
    }
}
