package org.workingwin.portal.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.RevisionView;
import org.workingwin.portal.participant.ui.ParticipantRecordView;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.PlanInput;

class EmploymentPlanViewTest extends ViewTest {

    private static LocalDate today() {
        return LocalDate.now(bean(Clock.class));
    }

    private static SignedInUser sasha() {
        return bean(AccountService.class).create(TestData.uniqueEmail("sasha"), "Sasha Byrne", TestData.PASSWORD,
                Role.SPECIALIST, null);
    }

    private static long robin(SignedInUser specialist, String reference, LocalDate enrolled) {
        return bean(ParticipantService.class).create(specialist, TestData.profile(reference, "Robin", "Hale",
                "Shop assistant", "S1 4AB", Map.of()).withRecord("robin@example.org", null, "EMAIL", true, false,
                "LOOKING", enrolled, Map.of(), List.of()));
    }

    @Test
    void a_specialist_writes_the_plan_with_the_participant_and_its_history_shows_what_was_written() {
        SignedInUser specialist = sasha();
        long id = robin(specialist, "WW-PLAN-V1", today().minusDays(7));
        signInAs(specialist);

        EmploymentPlanView view = navigate(EmploymentPlanView.class, id);
        assertThat(view.heading.getText()).isEqualTo("Employment plan for Robin Hale");
        assertThat(view.getPageTitle()).isEqualTo("Employment plan for Robin Hale | Working Win");
        assertThat(view.planStatus.getText()).isEqualTo("No plan yet. Write it with Robin, in their words.");
        assertThat(view.reviewDue.getText()).isEqualTo("Next review due on "
                + DateTimes.date(today().plusDays(21)) + ".");
        assertThat(view.planForm.agreedOn.getValue()).isEqualTo(today());
        PlanForm form = view.planForm;
        test(form.goals).setValue("A morning job in a shop");
        test(form.jobTypes).setValue("Retail");
        test(form.healthSupport).setValue("Talking therapy every fortnight");
        test(form.contactName).setValue("Jo Reid");
        test(form.contactRole).setValue("Psychological wellbeing practitioner");
        test(form.contactEmail).setValue("jo.reid@nhs.example");
        test(form.nextSteps).setValue("Robin writes a CV with Sasha");

        test(form.save).click();

        assertThat(bean(EmploymentPlanService.class).plan(specialist, id).orElseThrow().input()).isEqualTo(
                new PlanInput("A morning job in a shop", "Retail", "Talking therapy every fortnight", "Jo Reid",
                        "Psychological wellbeing practitioner", null, "jo.reid@nhs.example",
                        "Robin writes a CV with Sasha", today()));
        RevisionView kept = bean(EmploymentPlanService.class).history(specialist, id).getFirst();
        assertThat(view.planStatus.getText()).isEqualTo("Agreed with Robin on " + DateTimes.date(today())
                + ". Last changed " + DateTimes.dateTime(kept.at()) + " by Sasha Byrne.");
        assertThat(view.history.getChildren().findFirst().orElseThrow().getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList()).containsExactly(
                DateTimes.dateTime(kept.at()) + " by Sasha Byrne" + "Plan written" + "Goals: A morning job in a shop"
                        + "Job types: Retail" + "Support from the health team: Talking therapy every fortnight"
                        + "Health team contact: Jo Reid" + "Contact's role: Psychological wellbeing practitioner"
                        + "Contact's email: jo.reid@nhs.example" + "Agreed next steps: Robin writes a CV with Sasha"
                        + "Agreed with the participant on: " + DateTimes.date(today()));
    }

    @Test
    void a_plan_without_goals_is_refused_at_the_field_and_nothing_typed_is_lost() {
        SignedInUser specialist = sasha();
        long id = robin(specialist, "WW-PLAN-V2", today().minusDays(7));
        signInAs(specialist);
        EmploymentPlanView view = navigate(EmploymentPlanView.class, id);
        test(view.planForm.jobTypes).setValue("Warehouse");
        test(view.planForm.contactName).setValue("Jo Reid");
        test(view.planForm.contactPhone).setValue("0114");
        test(view.planForm.nextSteps).setValue("Visit the warehouse");

        test(view.planForm.save).click();

        assertThat(view.planForm.goals.isInvalid()).isTrue();
        assertThat(view.planForm.goals.getErrorMessage()).isEqualTo("Enter the goals");
        assertThat(view.planForm.contactPhone.getErrorMessage())
                .isEqualTo("Enter a phone number like 0114 496 0000 or +44 114 496 0000");
        assertThat(view.planForm.nextSteps.isInvalid()).isFalse();
        assertThat(view.planForm.read()).isEqualTo(new PlanInput("", "Warehouse", "", "Jo Reid", "", "0114", "",
                "Visit the warehouse", today()));
        assertThat(bean(EmploymentPlanService.class).plan(specialist, id)).isEmpty();
        assertThat(view.history.getElement().getTextRecursively()).isEqualTo("No changes recorded yet.");
    }

    @Test
    void a_recorded_review_appears_in_the_list_and_sets_when_the_next_is_due() {
        SignedInUser specialist = sasha();
        long id = robin(specialist, "WW-PLAN-V3", today().minusDays(40));
        signInAs(specialist);
        EmploymentPlanView view = navigate(EmploymentPlanView.class, id);
        assertThat(view.reviewDue.getText()).isEqualTo("Review overdue: it was due on "
                + DateTimes.date(today().minusDays(12)) + ", 12 days ago.");
        assertThat(view.reviews.getElement().getTextRecursively()).isEqualTo("No reviews recorded yet.");
        ReviewForm form = view.reviewForm;
        assertThat(form.meetingDate.getValue()).isEqualTo(today());
        test(form.notes).setValue("Robin has applied for two jobs.");
        test(form.nextReviewDate).setValue(today().plusMonths(4));
        test(form.save).click();
        assertThat(form.nextReviewDate.getErrorMessage())
                .isEqualTo("The next review must be within 3 months of the meeting");
        assertThat(form.notes.getValue()).isEqualTo("Robin has applied for two jobs.");

        test(form.nextSteps).setValue("Practise interviews");
        test(form.nextReviewDate).setValue(today().plusDays(28));
        test(form.save).click();

        String recordedAt = DateTimes.dateTime(bean(EmploymentPlanService.class).reviews(specialist, id)
                .getFirst().recordedAt());
        assertThat(view.reviews.getChildren().findFirst().orElseThrow().getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList()).containsExactly(
                "Review on " + DateTimes.date(today()) + "NotesRobin has applied for two jobs."
                        + "Next steps agreedPractise interviews" + "Next review" + DateTimes.date(today().plusDays(28))
                        + "Recorded" + recordedAt + " by Sasha Byrne");
        assertThat(view.reviewDue.getText()).isEqualTo("Next review due on "
                + DateTimes.date(today().plusDays(28)) + ".");
        assertThat(form.read()).isEqualTo(new org.workingwin.portal.plan.ReviewInput(today(), "", "", null));
        assertThat(form.nextReviewDate.isInvalid()).isFalse();
    }

    @Test
    void the_record_links_to_the_plan_and_another_specialist_sees_not_allowed_and_none_of_it() {
        SignedInUser owner = sasha();
        long id = robin(owner, "WW-PLAN-V4", today().minusDays(7));
        signInAs(owner);
        navigate(ParticipantRecordView.class, id);
        assertThat($(Anchor.class).all().stream().filter(a -> a.getText().equals("Employment plan and reviews"))
                .map(Anchor::getHref).toList()).containsExactly("specialist/participants/plan/" + id);

        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        UI.getCurrent().navigate(EmploymentPlanView.class, id);

        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        String page = UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining());
        assertThat(page).contains("This participant is not on your caseload").doesNotContain("Robin")
                .doesNotContain("Hale");
    }
}
