package org.workingwin.portal.plan;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.base.crypto.HealthNoteCipher;

/**
 * Plans, their history and review meetings as {@link EmploymentPlanService} sees them, with the health
 * free text encrypted at rest and bound to its row: the plan's health-team fields, the history lines
 * (they quote those fields) and the review meetings' notes and next steps. A new row is inserted first and
 * its text sealed under the new id.
 */
@Singleton
class PlanStore {

    static final String PLAN = "employment_plan";
    static final String REVISION = "plan_revision";
    static final String REVIEW = "plan_review";

    private final EmploymentPlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanReviewRepository reviews;
    private final HealthNoteCipher cipher;

    PlanStore(EmploymentPlanRepository plans, PlanRevisionRepository revisions, PlanReviewRepository reviews,
              HealthNoteCipher cipher) {
        this.plans = plans;
        this.revisions = revisions;
        this.reviews = reviews;
        this.cipher = cipher;
    }

    Optional<EmploymentPlan> plan(long participantId) {
        return plans.findByParticipantId(participantId).map(p -> health(p, false));
    }

    void insert(EmploymentPlan plan) {
        EmploymentPlan saved = plans.save(withHealth(plan, null, null, null, null, null));
        EmploymentPlan sealed = health(new EmploymentPlan(saved.id(), plan.participantId(), plan.goals(),
                plan.jobTypes(), plan.healthSupport(), plan.healthContactName(), plan.healthContactRole(),
                plan.healthContactPhone(), plan.healthContactEmail(), plan.nextSteps(), plan.agreedOn(),
                plan.createdBy(), plan.createdAt(), plan.updatedBy(), plan.updatedAt(), saved.version()), true);
        plans.updateHealth(saved.id(), sealed.healthSupport(), sealed.healthContactName(), sealed.healthContactRole(),
                sealed.healthContactPhone(), sealed.healthContactEmail());
    }

    void update(EmploymentPlan plan) {
        plans.update(health(plan, true));
    }

    void keep(PlanRevision revision) {
        PlanRevision saved = revisions.save(new PlanRevision(null, revision.participantId(), revision.changedBy(),
                revision.changedAt(), ""));
        revisions.updateChanges(saved.id(), cipher.seal(revision.changes(), REVISION, "changes", saved.id()));
    }

    List<PlanRevision> history(long participantId) {
        return revisions.findByParticipantIdOrderByIdDesc(participantId).stream()
                .map(r -> new PlanRevision(r.id(), r.participantId(), r.changedBy(), r.changedAt(),
                        cipher.open(r.changes(), REVISION, "changes", r.id())))
                .toList();
    }

    long record(PlanReview review) {
        PlanReview saved = reviews.save(new PlanReview(null, review.participantId(), review.meetingDate(), "", null,
                review.nextReviewDate(), review.recordedBy(), review.recordedAt()));
        reviews.updateText(saved.id(), cipher.seal(review.notes(), REVIEW, "notes", saved.id()),
                cipher.seal(review.nextSteps(), REVIEW, "next_steps", saved.id()));
        return saved.id();
    }

    List<PlanReview> reviews(long participantId, Sort sort) {
        return reviews.findByParticipantId(participantId, sort).stream().map(this::opened).toList();
    }

    List<PlanReview> latestOf(Collection<Long> participantIds) {
        return reviews.findLatestOf(participantIds).stream().map(this::opened).toList();
    }

    private PlanReview opened(PlanReview r) {
        return new PlanReview(r.id(), r.participantId(), r.meetingDate(), cipher.open(r.notes(), REVIEW, "notes", r.id()),
                cipher.open(r.nextSteps(), REVIEW, "next_steps", r.id()), r.nextReviewDate(), r.recordedBy(),
                r.recordedAt());
    }

    /** The plan with its health-team fields sealed ({@code seal}) or opened, under the plan's id. */
    private EmploymentPlan health(EmploymentPlan p, boolean seal) {
        long id = p.id();
        return withHealth(p, text(p.healthSupport(), "health_support", id, seal),
                text(p.healthContactName(), "health_contact_name", id, seal),
                text(p.healthContactRole(), "health_contact_role", id, seal),
                text(p.healthContactPhone(), "health_contact_phone", id, seal),
                text(p.healthContactEmail(), "health_contact_email", id, seal));
    }

    private String text(String value, String column, long id, boolean seal) {
        return seal ? cipher.seal(value, PLAN, column, id) : cipher.open(value, PLAN, column, id);
    }

    private static EmploymentPlan withHealth(EmploymentPlan p, String support, String name, String role, String phone,
                                             String email) {
        return new EmploymentPlan(p.id(), p.participantId(), p.goals(), p.jobTypes(), support, name, role, phone, email,
                p.nextSteps(), p.agreedOn(), p.createdBy(), p.createdAt(), p.updatedBy(), p.updatedAt(), p.version());
    }
}
