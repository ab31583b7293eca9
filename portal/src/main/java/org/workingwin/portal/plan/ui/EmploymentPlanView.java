package org.workingwin.portal.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.RevisionView;
import org.workingwin.portal.plan.EmploymentPlan;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.Review;

/**
 * A participant's employment plan, written with them, and their review meetings: the plan form, when
 * the next review is due, a form to record a review, the reviews so far and the plan's kept history.
 * The services refuse anyone but the participant's specialist or an administrator before anything shows.
 */
@Route(value = "specialist/participants/plan", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class EmploymentPlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EmploymentPlanService plans;
    private final ParticipantService participants;
    private final Clock clock;
    private final SignedInUser user;
    final H1 heading = new H1();
    final Paragraph reviewDue = new Paragraph();
    final Paragraph planStatus = new Paragraph();
    final PlanForm planForm = new PlanForm();
    final ReviewForm reviewForm = new ReviewForm();
    final Div reviews = new Div();
    final Div history = new Div();
    private long id;
    private String firstName;

    public EmploymentPlanView(EmploymentPlanService plans, ParticipantService participants, Clock clock) {
        this.plans = plans;
        this.participants = participants;
        this.clock = clock;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        reviewDue.setId("review-due");
        reviewDue.addClassName("ww-status");
        planStatus.setId("plan-status");
        reviews.setId("reviews");
        history.setId("plan-history");
        planForm.addSaveListener(e -> savePlan());
        reviewForm.addSaveListener(e -> recordReview());
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        // Scoped by the service: another caseload's id ends on the "not allowed" page before anything is added.
        Participant p = participants.summary(user, id);
        firstName = p.firstName();
        heading.setText("Employment plan for " + p.name());
        Optional<EmploymentPlan> plan = plans.plan(user, id);
        plan.ifPresentOrElse(saved -> planForm.write(saved.input()), () -> planForm.agreedOn.setValue(today()));
        reviewForm.clear(today());
        showPlan(plan.isPresent());
        showReviews();
        removeAll();
        add(new Anchor("specialist/participants/record/" + id, "Back to " + p.name() + "'s record"), heading,
                reviewDue, card(new H2("The plan"), planStatus, planForm),
                card(new H2("Record a review"), reviewForm), new H2("Reviews"), reviews,
                new H2("History of the plan"), history);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void savePlan() {
        try {
            plans.save(user, id, planForm.read());
            planForm.errors.clear();
            Optional<EmploymentPlan> saved = plans.plan(user, id);
            saved.ifPresent(p -> planForm.write(p.input()));
            showPlan(saved.isPresent());
            FormErrors.success("Plan saved");
        } catch (InvalidInputException e) {
            planForm.errors.show(e.fieldErrors());
            FormErrors.error("Check the highlighted fields. Nothing you typed has been lost.");
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
    }

    private void recordReview() {
        try {
            plans.recordReview(user, id, reviewForm.read());
            reviewForm.clear(today());
            showReviews();
            FormErrors.success("Review recorded");
        } catch (InvalidInputException e) {
            reviewForm.errors.show(e.fieldErrors());
            FormErrors.error("Check the highlighted fields. Nothing you typed has been lost.");
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
    }

    private void showPlan(boolean written) {
        List<RevisionView> revisions = plans.history(user, id);
        planStatus.setText(!written || revisions.isEmpty() ? "No plan yet. Write it with " + firstName
                + ", in their words." : "Agreed with " + firstName + " on " + DateTimes.date(planForm.agreedOn
                .getValue()) + ". Last changed " + DateTimes.dateTime(revisions.getFirst().at()) + " by "
                + revisions.getFirst().by() + ".");
        history.removeAll();
        UnorderedList list = new UnorderedList();
        for (RevisionView revision : revisions) {
            H3 when = new H3();
            when.getElement().appendChild(time(revision.at()));
            when.add(new Text(" by " + revision.by()));
            UnorderedList changes = new UnorderedList();
            revision.changes().forEach(line -> changes.add(new ListItem(line)));
            list.add(new ListItem(when, changes));
        }
        history.add(revisions.isEmpty() ? new Paragraph("No changes recorded yet.") : list);
    }

    private void showReviews() {
        LocalDate today = today();
        Optional<LocalDate> due = plans.nextReviewDue(user, id);
        boolean overdue = due.map(d -> d.isBefore(today)).orElse(false);
        reviewDue.setText(due.map(d -> overdue
                        ? "Review overdue: it was due on " + DateTimes.date(d) + ", " + days(d, today) + " ago."
                        : "Next review due on " + DateTimes.date(d) + ".")
                .orElse("They have left the programme: no more reviews are due."));
        // The theme's warning box (used for vacancies sent back) marks an overdue review.
        reviewDue.setClassName("ww-sent-back", overdue);
        reviews.removeAll();
        List<Review> recorded = plans.reviews(user, id);
        UnorderedList list = new UnorderedList();
        for (Review review : recorded) {
            DescriptionList facts = new DescriptionList();
            facts.addClassName("ww-facts");
            facts.add(new Term("Notes"), new Description(review.notes()));
            if (review.nextSteps() != null) {
                facts.add(new Term("Next steps agreed"), new Description(review.nextSteps()));
            }
            facts.add(new Term("Next review"), new Description(DateTimes.date(review.nextReviewDate())),
                    new Term("Recorded"), new Description(DateTimes.dateTime(review.recordedAt()) + " by "
                            + review.recordedBy()));
            facts.getElement().getStyle().set("white-space", "pre-line");
            list.add(new ListItem(new H3("Review on " + DateTimes.date(review.meetingDate())), facts));
        }
        reviews.add(recorded.isEmpty() ? new Paragraph("No reviews recorded yet.") : list);
    }

    private static Section card(Component... content) {
        Section section = new Section(content);
        section.addClassName("ww-card");
        section.setWidthFull();
        section.getStyle().set("box-sizing", "border-box");
        return section;
    }

    private static Element time(Instant at) {
        Element time = new Element("time");
        time.setAttribute("datetime", at.toString());
        time.setText(DateTimes.dateTime(at));
        return time;
    }

    private static String days(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days == 1 ? "1 day" : days + " days";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
