package org.workingwin.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.RevisionView;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class EmploymentPlanServiceIT {

    @Inject
    EmploymentPlanService plans;
    @Inject
    ParticipantService participants;
    @Inject
    AccountService accounts;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    /** The MariaDB run shares one database: every trial reference is unique. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private SignedInUser specialist(String name) {
        return accounts.create(TestData.uniqueEmail("specialist"), name, TestData.PASSWORD, Role.SPECIALIST, null);
    }

    private long participant(SignedInUser specialist, String first, String last, String status, LocalDate enrolled) {
        return participants.create(specialist, TestData.profile("WW-PL-" + run + "-" + first, first, last,
                "Shop assistant", "S1 4AB", Map.of()).withRecord(TestData.uniqueEmail(first.toLowerCase()), null,
                "EMAIL", true, false, status, enrolled, Map.of(), List.of()));
    }

    private PlanInput plan(LocalDate agreed) {
        return new PlanInput("Work in a shop by the summer", "Retail, stock room", "Physiotherapy for her back",
                "Dr Ana Patel", "Physiotherapist", "0114 496 0555", "ana.patel@nhs.example", "Visit two shops",
                agreed);
    }

    private ReviewInput review(LocalDate meeting, LocalDate next) {
        return new ReviewInput(meeting, "Talked about shop work", null, next);
    }

    @Test
    void a_plan_is_written_then_changed_and_every_edit_is_kept_with_who_and_what() {
        SignedInUser sasha = specialist("Sasha Byrne");
        long id = participant(sasha, "Robin", "Hale", "LOOKING", today().minusDays(10));
        LocalDate agreed = today().minusDays(2);
        assertThat(plans.plan(sasha, id)).isEmpty();
        assertThat(plans.history(sasha, id)).isEmpty();

        plans.save(sasha, id, plan(agreed));
        plans.save(sasha, id, new PlanInput(" Work in a shop by the summer ", "Retail, stock room",
                "Physiotherapy for her back", "Dr Ana Patel", "Physiotherapist", "0114 496 0555",
                "ana.patel@nhs.example", "Visit two shops", agreed));
        plans.save(sasha, id, new PlanInput("Work in a shop by the summer", "Retail\nWarehouse", "", "Dr Ana Patel",
                "Physiotherapist", "0114 496 0555", "ana.patel@nhs.example", "Apply to Peak Stores", agreed));

        EmploymentPlan saved = plans.plan(sasha, id).orElseThrow();
        assertThat(saved.input()).isEqualTo(new PlanInput("Work in a shop by the summer", "Retail\nWarehouse", null,
                "Dr Ana Patel", "Physiotherapist", "0114 496 0555", "ana.patel@nhs.example", "Apply to Peak Stores",
                agreed));
        assertThat(saved.createdBy()).isEqualTo(sasha.id());
        assertThat(saved.updatedBy()).isEqualTo(sasha.id());
        List<RevisionView> history = plans.history(sasha, id);
        assertThat(history).extracting(RevisionView::by).containsExactly("Sasha Byrne", "Sasha Byrne");
        assertThat(history.get(0).changes()).containsExactly(
                "Job types: Retail, stock room → Retail / Warehouse",
                "Support from the health team: Physiotherapy for her back → (none)",
                "Agreed next steps: Visit two shops → Apply to Peak Stores");
        assertThat(history.get(1).changes()).containsExactly(
                "Plan written",
                "Goals: Work in a shop by the summer",
                "Job types: Retail, stock room",
                "Support from the health team: Physiotherapy for her back",
                "Health team contact: Dr Ana Patel",
                "Contact's role: Physiotherapist",
                "Contact's phone: 0114 496 0555",
                "Contact's email: ana.patel@nhs.example",
                "Agreed next steps: Visit two shops",
                "Agreed with the participant on: " + DateTimes.date(agreed));
    }

    @Test
    void an_administrator_changes_a_plan_and_is_named_in_its_history() {
        SignedInUser sasha = specialist("Sasha Byrne");
        SignedInUser admin = accounts.create(TestData.uniqueEmail("admin"), "Alex Admin", TestData.PASSWORD,
                Role.ADMIN, null);
        long id = participant(sasha, "Kim", "Lowe", "LOOKING", today().minusDays(10));
        plans.save(sasha, id, plan(today()));

        plans.save(admin, id, new PlanInput("Work in a café", "Retail, stock room", "Physiotherapy for her back",
                "Dr Ana Patel", "Physiotherapist", "0114 496 0555", "ana.patel@nhs.example", "Visit two shops",
                today()));

        assertThat(plans.history(sasha, id).getFirst()).extracting(RevisionView::by, RevisionView::changes)
                .containsExactly("Alex Admin", List.of("Goals: Work in a shop by the summer → Work in a café"));
        assertThat(plans.plan(sasha, id).orElseThrow()).extracting(EmploymentPlan::createdBy,
                EmploymentPlan::updatedBy).containsExactly(sasha.id(), admin.id());
    }

    @Test
    void a_plan_without_goals_or_next_steps_or_with_bad_contact_details_is_refused_field_by_field() {
        SignedInUser sasha = specialist("Sasha Byrne");
        long id = participant(sasha, "Lee", "Shaw", "LOOKING", today().minusDays(10));

        InvalidInputException empty = catchThrowableOfType(InvalidInputException.class, () -> plans.save(sasha, id,
                new PlanInput(" ", null, null, null, "Nurse", "12", "ana@", null, today().plusDays(1))));

        assertThat(empty.fieldErrors()).containsExactly(
                Map.entry("goals", "Enter the goals"),
                Map.entry("healthContactPhone", "Enter a phone number like 0114 496 0000 or +44 114 496 0000"),
                Map.entry("healthContactEmail", "Enter an email address like name@example.org"),
                Map.entry("healthContactName", "Enter the name of the health team contact"),
                Map.entry("nextSteps", "Enter the agreed next steps"),
                Map.entry("agreedOn", "The date the plan was agreed cannot be in the future"));

        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class, () -> plans.save(sasha, id,
                new PlanInput("g".repeat(PlanLimits.GOALS_MAX + 1), "j".repeat(PlanLimits.JOB_TYPES_MAX + 1),
                        "h".repeat(PlanLimits.HEALTH_SUPPORT_MAX + 1), "Ana", null, null, null,
                        "n".repeat(PlanLimits.NEXT_STEPS_MAX + 1), null)));

        assertThat(tooLong.fieldErrors()).containsExactly(
                Map.entry("goals", "The goals must be 1000 characters or fewer (it is 1001)"),
                Map.entry("jobTypes", "The job types must be 300 characters or fewer (it is 301)"),
                Map.entry("healthSupport",
                        "What the health team helps with must be 1000 characters or fewer (it is 1001)"),
                Map.entry("nextSteps", "The agreed next steps must be 1000 characters or fewer (it is 1001)"),
                Map.entry("agreedOn", "Enter the date the plan was agreed with them"));
        assertThat(plans.plan(sasha, id)).isEmpty();
        assertThat(plans.history(sasha, id)).isEmpty();
    }

    @Test
    void reviews_are_recorded_and_listed_newest_meeting_first() {
        SignedInUser sasha = specialist("Sasha Byrne");
        long id = participant(sasha, "Jo", "Bell", "LOOKING", today().minusDays(60));
        assertThat(plans.nextReviewDue(sasha, id)).contains(today().minusDays(60).plusDays(28));

        long first = plans.recordReview(sasha, id, new ReviewInput(today().minusDays(30), " First review ",
                " Update CV ", today().minusDays(2)));
        long second = plans.recordReview(sasha, id, new ReviewInput(today(), "Second review", "  ",
                today().plusMonths(3)));

        assertThat(plans.reviews(sasha, id)).extracting(Review::id, Review::meetingDate, Review::notes,
                Review::nextSteps, Review::nextReviewDate, Review::recordedBy).containsExactly(
                tuple(second, today(), "Second review", null, today().plusMonths(3), "Sasha Byrne"),
                tuple(first, today().minusDays(30), "First review", "Update CV", today().minusDays(2), "Sasha Byrne"));
        assertThat(plans.nextReviewDue(sasha, id)).contains(today().plusMonths(3));
    }

    @Test
    void a_review_in_the_future_without_notes_or_with_a_next_date_out_of_range_is_refused() {
        SignedInUser sasha = specialist("Sasha Byrne");
        long id = participant(sasha, "Max", "Ford", "LOOKING", today().minusDays(60));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> plans.recordReview(sasha, id,
                new ReviewInput(today().plusDays(1), " ", null, today()))).fieldErrors()).containsExactly(
                Map.entry("meetingDate", "The meeting date cannot be in the future"),
                Map.entry("notes", "Enter the notes of the meeting"),
                Map.entry("nextReviewDate", "The next review must be after the meeting"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> plans.recordReview(sasha, id,
                new ReviewInput(today(), "Notes", "s".repeat(PlanLimits.NEXT_STEPS_MAX + 1),
                        today().plusMonths(3).plusDays(1)))).fieldErrors()).containsExactly(
                Map.entry("nextSteps", "The next steps must be 1000 characters or fewer (it is 1001)"),
                Map.entry("nextReviewDate", "The next review must be within 3 months of the meeting"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> plans.recordReview(sasha, id,
                new ReviewInput(null, "n".repeat(PlanLimits.REVIEW_NOTES_MAX + 1), null, null))).fieldErrors())
                .containsExactly(
                        Map.entry("meetingDate", "Enter the date of the meeting"),
                        Map.entry("notes", "The notes of the meeting must be 4000 characters or fewer (it is 4001)"),
                        Map.entry("nextReviewDate", "Enter the date of the next review"));
        assertThat(plans.reviews(sasha, id)).isEmpty();
    }

    @Test
    void overdue_means_past_the_agreed_next_review_or_no_review_28_days_after_enrolment_unless_they_left() {
        SignedInUser sasha = specialist("Sasha Byrne");
        long neverReviewed = participant(sasha, "Amy", "Ashton", "LOOKING", today().minusDays(30));
        participant(sasha, "Bea", "Booth", "LOOKING", today().minusDays(28));
        long yesterday = participant(sasha, "Cal", "Carr", "IN_WORK", today().minusDays(90));
        plans.recordReview(sasha, yesterday, review(today().minusDays(60), today().minusDays(40)));
        plans.recordReview(sasha, yesterday, review(today().minusDays(20), today().minusDays(1)));
        long tomorrow = participant(sasha, "Dev", "Dale", "LOOKING", today().minusDays(90));
        plans.recordReview(sasha, tomorrow, review(today().minusDays(10), today().plusDays(1)));
        participant(sasha, "Eve", "Eccles", "LEFT", today().minusDays(90));
        participant(specialist("Other Specialist"), "Fay", "Fox", "LOOKING", today().minusDays(90));

        assertThat(plans.overdue(sasha)).containsExactly(
                new OverdueReview(neverReviewed, "Amy Ashton", today().minusDays(2), 2, null),
                new OverdueReview(yesterday, "Cal Carr", today().minusDays(1), 1, today().minusDays(20)));
        assertThat(plans.nextReviewDue(sasha, tomorrow)).contains(today().plusDays(1));
        SignedInUser admin = data.user(Role.ADMIN);
        assertThat(plans.overdue(admin)).extracting(OverdueReview::participantName)
                .contains("Amy Ashton", "Cal Carr", "Fay Fox").doesNotContain("Bea Booth", "Dev Dale", "Eve Eccles");
    }

    @Test
    void another_specialist_is_refused_every_plan_and_review_and_sees_none_overdue() {
        SignedInUser sasha = specialist("Sasha Byrne");
        long id = participant(sasha, "Gus", "Grey", "LOOKING", today().minusDays(40));
        plans.save(sasha, id, plan(today()));
        plans.recordReview(sasha, id, review(today().minusDays(30), today().minusDays(1)));
        SignedInUser other = specialist("Other Specialist");
        List<ThrowingCallable> calls = List.of(
                () -> plans.plan(other, id),
                () -> plans.save(other, id, plan(today())),
                () -> plans.history(other, id),
                () -> plans.recordReview(other, id, review(today(), today().plusDays(28))),
                () -> plans.reviews(other, id),
                () -> plans.nextReviewDue(other, id));

        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(NotAllowedException.class)
                    .hasMessage("This participant is not on your caseload");
        }
        assertThat(plans.overdue(other)).isEmpty();
        assertThatThrownBy(() -> plans.overdue(data.employer("Plan Shop " + run)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(plans.history(sasha, id)).hasSize(1);
        assertThat(plans.reviews(sasha, id)).hasSize(1);
    }
}
