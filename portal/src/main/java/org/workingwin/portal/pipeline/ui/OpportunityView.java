package org.workingwin.portal.pipeline.ui;

import org.workingwin.portal.base.text.Numbers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.pipeline.Opportunity;
import org.workingwin.portal.pipeline.OpportunityDetails;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.StepKind;
import org.workingwin.portal.pipeline.TimelineEntry;

/**
 * One vacancy for one participant: where it stands, the next steps the specialist may record, and the
 * timeline of every step with who and when.
 */
@Route(value = "specialist/opportunities", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class OpportunityView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PipelineService pipeline;
    private final StepDialogs dialogs;
    private final SignedInUser user;
    private final H1 heading = new H1();
    final Span stage = new Span();
    final Paragraph summary = new Paragraph();
    final HorizontalLayout nextSteps = new HorizontalLayout();
    final OrderedList timeline = new OrderedList();
    private final Div header = new Div();
    private long id;

    public OpportunityView(PipelineService pipeline, StepDialogs dialogs) {
        this.pipeline = pipeline;
        this.dialogs = dialogs;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        stage.addClassName("ww-status");
        stage.setId("opportunity-stage");
        nextSteps.setWrap(true);
        nextSteps.setId("next-steps");
        timeline.setId("timeline");
        timeline.addClassName("ww-timeline");
        add(header, heading, summary, new H2("Next step"), nextSteps, new H2("Timeline"), timeline);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void refresh() {
        OpportunityDetails d = pipeline.details(user, id);
        Opportunity o = d.opportunity();
        header.removeAll();
        header.add(new Anchor("specialist/participants/progress/" + o.participantId(),
                "Back to " + d.participantName() + "'s progress"));
        heading.setText(d.vacancyTitle() + " for " + d.participantName());
        stage.setText(o.stage().label() + (o.outcome() == null ? "" : ": " + o.outcome().label()));
        summary.removeAll();
        summary.add(new Span(d.organisationName() + " · "), new Anchor("vacancy/" + o.vacancyId(), "The vacancy"),
                new Span(" · Now: "), stage);
        if (o.jobStartDate() != null) {
            summary.add(new Span(String.format(Locale.UK, " · Started %s, %s hours a week, £%s %s",
                    DateTimes.date(o.jobStartDate()), Numbers.plain(o.jobHours()), o.jobPay().toPlainString(),
                    o.jobPayPeriod().label().toLowerCase(Locale.UK))));
            // The passport feature owns this page: named by route, so features stay acyclic.
            Anchor agreed = new Anchor("specialist/opportunities/adjustments/" + o.id(), "Adjustments agreed");
            agreed.setId("agreed-adjustments");
            summary.add(new Span(" · "), agreed);
        }
        if (!d.recruitmentAdjustments().isEmpty()) {
            summary.add(new Span(" · Recruitment adjustments asked for: "
                    + String.join(", ", d.recruitmentAdjustments())));
        }
        nextSteps.removeAll();
        for (StepKind kind : d.nextSteps()) {
            Button step = new Button(dialogs.buttonLabel(kind),
                    e -> dialogs.open(kind, o, d.participantName(), this::refresh));
            step.setId("step-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (kind != StepKind.DISMISSED && kind != StepKind.OUTCOME) {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            nextSteps.add(step);
        }
        if (d.nextSteps().isEmpty()) {
            nextSteps.add(new Paragraph("Nothing more to record: this is closed."));
        }
        timeline.removeAll();
        for (TimelineEntry entry : d.timeline()) {
            ListItem item = new ListItem();
            Span what = new Span(entry.kind().label()
                    + (entry.eventDate() == null ? "" : " on " + DateTimes.date(entry.eventDate())));
            what.addClassName("ww-timeline-what");
            item.add(what, new Span(" — " + DateTimes.dateTime(entry.recordedAt()) + ", by " + entry.by()));
            if (entry.note() != null) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("ww-timeline-note");
                item.add(note);
            }
            timeline.add(item);
        }
    }

}
