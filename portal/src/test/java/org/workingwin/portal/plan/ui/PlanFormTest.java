package org.workingwin.portal.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.plan.PlanInput;
import org.workingwin.portal.plan.PlanLimits;
import org.workingwin.portal.plan.ReviewInput;

class PlanFormTest {

    @Test
    void the_plan_form_shows_a_saved_plan_exactly_and_reads_it_back() {
        PlanForm form = new PlanForm();
        PlanInput plan = new PlanInput("A morning job", "Retail", "Physiotherapy", "Dr Ana Patel", "Physiotherapist",
                "0114 496 0555", "ana.patel@nhs.example", "Visit two shops", LocalDate.of(2026, 11, 23));

        form.write(plan);

        assertThat(form.read()).isEqualTo(plan);
        assertThat(form.goals.getMaxLength()).isEqualTo(PlanLimits.GOALS_MAX);
        assertThat(form.contactEmail.getMaxLength()).isEqualTo(PlanLimits.CONTACT_EMAIL_MAX);
    }

    @Test
    void saving_raises_an_event_and_leaves_the_deciding_to_the_view() {
        PlanForm plan = new PlanForm();
        ReviewForm review = new ReviewForm();
        List<String> events = new ArrayList<>();
        plan.addSaveListener(e -> events.add("plan"));
        review.addSaveListener(e -> events.add("review"));

        plan.save.click();
        review.save.click();

        assertThat(events).containsExactly("plan", "review");
    }

    @Test
    void clearing_the_review_form_dates_the_next_meeting_today_and_empties_the_rest() {
        ReviewForm form = new ReviewForm();
        form.notes.setValue("Went well");
        form.nextSteps.setValue("Apply");
        form.nextReviewDate.setValue(LocalDate.of(2026, 12, 1));
        form.nextReviewDate.setInvalid(true);

        form.clear(LocalDate.of(2026, 11, 23));

        assertThat(form.read()).isEqualTo(new ReviewInput(LocalDate.of(2026, 11, 23), "", "", null));
        assertThat(form.nextReviewDate.isInvalid()).isFalse();
        assertThat(form.notes.getMaxLength()).isEqualTo(PlanLimits.REVIEW_NOTES_MAX);
    }
}
