package org.workingwin.portal.plan;

import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.audit.HealthRecorder;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.ContactChecks;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.participant.RevisionView;

/**
 * New-service participants' employment plans and review meetings. Every call first asks
 * {@link ParticipantService} for the participant (or the caseload), so only their specialist or an
 * administrator reaches a plan. Every saved change of a plan writes a plan_revision in the same
 * transaction: who, when, and what changed.
 */
@Singleton
public class EmploymentPlanService {

    private static final Sort NEWEST_MEETING_FIRST = Sort.of(Sort.Order.desc("meetingDate"), Sort.Order.desc("id"));
    /** Bounds the IN list of the latest-review query when an administrator's list covers everyone. */
    private static final int IDS_PER_QUERY = 500;

    /** What the audit trail names: the plan's health team and support, and what was said at reviews. */
    static final String PLAN = "employment plan and health team";
    static final String PLAN_HISTORY = "employment plan history";
    static final String REVIEWS = "review meeting notes";

    private final PlanStore store;
    private final ParticipantService participants;
    private final AccountService accounts;
    private final HealthRecorder audit;
    private final Clock clock;

    EmploymentPlanService(PlanStore store, ParticipantService participants, AccountService accounts,
                          HealthRecorder audit, Clock clock) {
        this.store = store;
        this.participants = participants;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The participant's plan, or empty when none has been written yet. */
    @Transactional
    public Optional<EmploymentPlan> plan(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        audit.record(actor, HealthAction.READ, PLAN, participantId);
        return store.plan(participantId);
    }

    /** Writes the plan, or changes it; a save that changes nothing keeps no history line. */
    @Transactional
    public void save(SignedInUser actor, long participantId, PlanInput input) {
        participants.summary(actor, participantId);
        Map<String, String> errors = check(input);
        FieldErrors.throwIfAny(errors);
        Instant now = clock.instant();
        Optional<EmploymentPlan> current = store.plan(participantId);
        if (current.isEmpty()) {
            store.insert(stored(null, participantId, input, actor.id(), now, actor.id(), now, null));
            keep(participantId, actor, PlanChanges.created(input));
            audit.record(actor, HealthAction.CHANGE, PLAN, participantId);
            return;
        }
        EmploymentPlan before = current.get();
        String changes = PlanChanges.between(before.input(), input);
        if (!changes.isEmpty()) {
            store.update(stored(before.id(), participantId, input, before.createdBy(), before.createdAt(), actor.id(),
                    now, before.version()));
            keep(participantId, actor, changes);
            audit.record(actor, HealthAction.CHANGE, PLAN, participantId);
        }
    }

    /** The kept history of the plan, newest first. */
    @Transactional
    public List<RevisionView> history(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        audit.record(actor, HealthAction.READ, PLAN_HISTORY, participantId);
        Map<Long, String> names = new HashMap<>();
        return store.history(participantId).stream()
                .map(r -> new RevisionView(r.changedAt(), name(names, r.changedBy()),
                        List.of(r.changes().split("\n"))))
                .toList();
    }

    /** Records a review meeting held with the participant. */
    @Transactional
    public long recordReview(SignedInUser actor, long participantId, ReviewInput input) {
        participants.summary(actor, participantId);
        FieldErrors.throwIfAny(check(input));
        audit.record(actor, HealthAction.CHANGE, REVIEWS, participantId);
        return store.record(new PlanReview(null, participantId, input.meetingDate(), input.notes().strip(),
                blankToNull(input.nextSteps()), input.nextReviewDate(), actor.id(), clock.instant()));
    }

    /** The review meetings, newest meeting first (of two on one day, the one recorded last). */
    @Transactional
    public List<Review> reviews(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        audit.record(actor, HealthAction.READ, REVIEWS, participantId);
        Map<Long, String> names = new HashMap<>();
        return store.reviews(participantId, NEWEST_MEETING_FIRST).stream()
                .map(r -> new Review(r.id(), r.meetingDate(), r.notes(), r.nextSteps(), r.nextReviewDate(),
                        name(names, r.recordedBy()), r.recordedAt()))
                .toList();
    }

    /** When the participant's next review is due, by the rule of {@link #overdue}; empty once they have left. */
    @Transactional
    public Optional<LocalDate> nextReviewDue(SignedInUser actor, long participantId) {
        Participant participant = participants.summary(actor, participantId);
        if (participant.status() == ParticipantStatus.LEFT) {
            return Optional.empty();
        }
        return Optional.of(dueOn(participant, store.reviews(participantId, NEWEST_MEETING_FIRST)
                .stream().findFirst().orElse(null)));
    }

    /**
     * The reviews overdue on the actor's caseload (an administrator's: everyone's), most overdue first.
     * The rule: a participant who has not left is overdue when the next review date agreed at their
     * latest review meeting is before today, or, with no review yet, when they enrolled more than
     * {@value PlanLimits#FIRST_REVIEW_DAYS} days ago (the first review is due on that day).
     */
    @Transactional
    public List<OverdueReview> overdue(SignedInUser actor) {
        LocalDate today = LocalDate.now(clock);
        List<Participant> active = participants.caseload(actor).stream()
                .filter(p -> p.status() != ParticipantStatus.LEFT).toList();
        Map<Long, PlanReview> latest = latestReviews(active.stream().map(Participant::id).toList());
        List<OverdueReview> overdue = new ArrayList<>();
        for (Participant p : active) {
            PlanReview last = latest.get(p.id());
            LocalDate due = dueOn(p, last);
            if (due.isBefore(today)) {
                overdue.add(new OverdueReview(p.id(), p.name(), due, ChronoUnit.DAYS.between(due, today),
                        last == null ? null : last.meetingDate()));
            }
        }
        overdue.sort(Comparator.comparingLong(OverdueReview::daysOverdue).reversed()
                .thenComparing(OverdueReview::participantName).thenComparingLong(OverdueReview::participantId));
        return overdue;
    }

    private static LocalDate dueOn(Participant participant, PlanReview latest) {
        return latest == null ? participant.enrolledOn().plusDays(PlanLimits.FIRST_REVIEW_DAYS)
                : latest.nextReviewDate();
    }

    private Map<Long, PlanReview> latestReviews(List<Long> participantIds) {
        Map<Long, PlanReview> latest = new HashMap<>();
        for (int from = 0; from < participantIds.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = participantIds.subList(from, Math.min(from + IDS_PER_QUERY, participantIds.size()));
            latest.putAll(store.latestOf(chunk).stream()
                    .collect(Collectors.toMap(PlanReview::participantId, r -> r)));
        }
        return latest;
    }

    private Map<String, String> check(PlanInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "goals", in.goals(), PlanLimits.GOALS_MAX, "the goals");
        FieldErrors.checkLength(errors, "jobTypes", in.jobTypes(), PlanLimits.JOB_TYPES_MAX, "the job types");
        FieldErrors.checkLength(errors, "healthSupport", in.healthSupport(), PlanLimits.HEALTH_SUPPORT_MAX,
                "what the health team helps with");
        FieldErrors.checkLength(errors, "healthContactName", in.healthContactName(), PlanLimits.CONTACT_NAME_MAX,
                "the contact's name");
        FieldErrors.checkLength(errors, "healthContactRole", in.healthContactRole(), PlanLimits.CONTACT_ROLE_MAX,
                "the contact's role");
        ContactChecks.phone(errors, "healthContactPhone", in.healthContactPhone());
        ContactChecks.email(errors, "healthContactEmail", in.healthContactEmail());
        if (blank(in.healthContactName()) && !(blank(in.healthContactRole()) && blank(in.healthContactPhone())
                && blank(in.healthContactEmail()))) {
            errors.put("healthContactName", "Enter the name of the health team contact");
        }
        FieldErrors.requireText(errors, "nextSteps", in.nextSteps(), PlanLimits.NEXT_STEPS_MAX,
                "the agreed next steps");
        if (in.agreedOn() == null) {
            errors.put("agreedOn", "Enter the date the plan was agreed with them");
        } else if (in.agreedOn().isAfter(LocalDate.now(clock))) {
            errors.put("agreedOn", "The date the plan was agreed cannot be in the future");
        }
        return errors;
    }

    private Map<String, String> check(ReviewInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.meetingDate() == null) {
            errors.put("meetingDate", "Enter the date of the meeting");
        } else if (in.meetingDate().isAfter(LocalDate.now(clock))) {
            errors.put("meetingDate", "The meeting date cannot be in the future");
        }
        FieldErrors.requireText(errors, "notes", in.notes(), PlanLimits.REVIEW_NOTES_MAX, "the notes of the meeting");
        FieldErrors.checkLength(errors, "nextSteps", in.nextSteps(), PlanLimits.NEXT_STEPS_MAX,
                "the next steps");
        if (in.nextReviewDate() == null) {
            errors.put("nextReviewDate", "Enter the date of the next review");
        } else if (in.meetingDate() != null && !in.nextReviewDate().isAfter(in.meetingDate())) {
            errors.put("nextReviewDate", "The next review must be after the meeting");
        } else if (in.meetingDate() != null && in.nextReviewDate()
                .isAfter(in.meetingDate().plusMonths(PlanLimits.REVIEW_INTERVAL_MAX_MONTHS))) {
            errors.put("nextReviewDate", "The next review must be within " + PlanLimits.REVIEW_INTERVAL_MAX_MONTHS
                    + " months of the meeting");
        }
        return errors;
    }

    private static EmploymentPlan stored(Long id, long participantId, PlanInput in, long createdBy, Instant createdAt,
                                         long updatedBy, Instant updatedAt, Long version) {
        return new EmploymentPlan(id, participantId, in.goals().strip(), blankToNull(in.jobTypes()),
                blankToNull(in.healthSupport()), blankToNull(in.healthContactName()),
                blankToNull(in.healthContactRole()), blankToNull(in.healthContactPhone()),
                blankToNull(in.healthContactEmail()), in.nextSteps().strip(), in.agreedOn(), createdBy, createdAt,
                updatedBy, updatedAt, version);
    }

    private void keep(long participantId, SignedInUser actor, String changes) {
        store.keep(new PlanRevision(null, participantId, actor.id(), clock.instant(), changes));
    }

    private String name(Map<Long, String> names, long userId) {
        return names.computeIfAbsent(userId, id -> accounts.authorName(id, null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
