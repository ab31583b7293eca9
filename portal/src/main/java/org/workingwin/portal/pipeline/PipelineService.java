package org.workingwin.portal.pipeline;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.participant.ParticipantLimits;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyIndexFeed;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * The review pipeline (DESIGN.md core flow 5): a specialist shortlists or dismisses a suggested vacancy
 * for a participant on their caseload, shares it, records interest, introduces the participant to the
 * employer, and records interview, offer, job start and outcome; the employer answers introductions to
 * their own vacancies. Every step is kept with who and when. Each action checks the actor and the stage.
 */
@Singleton
public class PipelineService {

    public static final int NOTE_MAX = 1000;
    /** How far from today an interview or job start date may be, either way. */
    public static final int DATE_RANGE_DAYS = 366;
    private static final String RECRUITMENT_GROUP = "recruitment";

    private final OpportunityRepository opportunities;
    private final OpportunityStepStore steps;
    private final ParticipantService participants;
    private final VacancyService vacancies;
    private final VacancyIndexFeed openVacancies;
    private final EmployerContactService contacts;
    private final AccountService accounts;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final ApplicationEventPublisher<OpportunityShared> shared;

    PipelineService(OpportunityRepository opportunities, OpportunityStepStore steps,
                    ParticipantService participants, VacancyService vacancies, VacancyIndexFeed openVacancies,
                    EmployerContactService contacts, AccountService accounts, Taxonomy taxonomy, Clock clock,
                    ApplicationEventPublisher<OpportunityShared> shared) {
        this.shared = shared;
        this.opportunities = opportunities;
        this.steps = steps;
        this.participants = participants;
        this.vacancies = vacancies;
        this.openVacancies = openVacancies;
        this.contacts = contacts;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** Shortlists a published, open vacancy for a participant; a dismissed one can be shortlisted again. */
    @Transactional
    public long shortlist(SignedInUser actor, long participantId, long vacancyId, String note) {
        return consider(actor, participantId, vacancyId, Stage.SHORTLISTED, StepKind.SHORTLISTED, note);
    }

    /** Dismisses a vacancy, with the reason: it stays out of the suggestions until the vacancy changes. */
    @Transactional
    public long dismiss(SignedInUser actor, long participantId, long vacancyId, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "note", note, NOTE_MAX, "why it does not suit them");
        FieldErrors.throwIfAny(errors);
        return consider(actor, participantId, vacancyId, Stage.DISMISSED, StepKind.DISMISSED, note);
    }

    /** Shares a shortlisted vacancy with the participant, who sees it on their home page (and by email). */
    @Transactional
    public void share(SignedInUser actor, long opportunityId, String note) {
        Opportunity o = advance(actor, opportunityId, StepKind.SHARED, Stage.SHARED, null, note);
        shared.publishEvent(new OpportunityShared(o.id(), o.participantId(), o.vacancyId()));
    }

    @Transactional
    public void recordInterest(SignedInUser actor, long opportunityId, String note) {
        advance(actor, opportunityId, StepKind.INTERESTED, Stage.INTERESTED, null, note);
    }

    /**
     * Introduces the participant to the employer, asking for these recruitment adjustments, with a
     * message the employer reads. Needs consent to processing and a vacancy still open. It is logged as
     * an employer contact for the participant.
     */
    @Transactional
    public void introduce(SignedInUser actor, long opportunityId, Set<String> recruitmentAdjustments, String message) {
        Opportunity current = ownOpportunity(actor, opportunityId);
        requireNext(current, StepKind.INTRODUCED);
        Participant participant = participants.summary(actor, current.participantId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!participant.consentToProcessing()) {
            errors.put("consent", "Record " + participant.firstName()
                    + "'s consent to processing on their record before introducing them");
        }
        if (participant.status() == ParticipantStatus.LEFT) {
            errors.put("consent", participant.firstName() + " has left the programme");
        }
        Set<String> asked = recruitmentAdjustments == null ? Set.of() : recruitmentAdjustments;
        asked.stream().filter(code -> taxonomy.adjustment(code).map(a -> !a.group().equals(RECRUITMENT_GROUP))
                .orElse(true)).findFirst()
                .ifPresent(code -> errors.put("recruitmentAdjustments", "Not a recruitment adjustment: " + code));
        FieldErrors.checkLength(errors, "note", message, NOTE_MAX, "the message");
        if (openVacancies.indexable(current.vacancyId()).isEmpty()) {
            errors.put("vacancy", "The vacancy is no longer open");
        }
        FieldErrors.throwIfAny(errors);
        Instant now = clock.instant();
        opportunities.update(current.introduced(asked.stream().sorted().collect(Collectors.joining(",")), now));
        step(current.id(), StepKind.INTRODUCED, null, message, actor, now);
        VacancyDetails vacancy = vacancies.details(actor, current.vacancyId());
        contacts.recordIntroduction(actor, vacancy.organisationName(), current.participantId(),
                vacancy.vacancy().title());
    }

    @Transactional
    public void recordInterview(SignedInUser actor, long opportunityId, LocalDate date, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkDate(errors, "date", date, "the interview");
        FieldErrors.throwIfAny(errors);
        advance(actor, opportunityId, StepKind.INTERVIEW, Stage.INTERVIEW, date, note);
    }

    @Transactional
    public void recordOffer(SignedInUser actor, long opportunityId, String note) {
        advance(actor, opportunityId, StepKind.OFFER, Stage.OFFER, null, note);
    }

    /** Records a job start; the participant's status becomes "in work". */
    @Transactional
    public void recordJobStart(SignedInUser actor, long opportunityId, JobStart job, String note) {
        Opportunity current = ownOpportunity(actor, opportunityId);
        requireNext(current, StepKind.JOB_START);
        Map<String, String> errors = new LinkedHashMap<>();
        checkDate(errors, "startDate", job.startDate(), "the job start");
        if (job.hours() == null || job.hours() <= 0 || job.hours() > ParticipantLimits.HOURS_MAX) {
            errors.put("hours", "Enter the hours a week, more than 0 and at most " + ParticipantLimits.HOURS_MAX);
        }
        if (job.pay() == null || job.pay().signum() <= 0 || job.pay().compareTo(new BigDecimal("1000000")) > 0) {
            errors.put("pay", "Enter the pay in pounds, more than 0 and at most 1,000,000");
        }
        if (job.payPeriod() == null) {
            errors.put("payPeriod", "Say whether the pay is per hour, week, month or year");
        }
        FieldErrors.checkLength(errors, "note", note, NOTE_MAX, "the note");
        FieldErrors.throwIfAny(errors);
        Instant now = clock.instant();
        opportunities.update(current.started(job, now));
        step(current.id(), StepKind.JOB_START, job.startDate(), note, actor, now);
        participants.startedWork(actor, current.participantId());
    }

    @Transactional
    public void recordOutcome(SignedInUser actor, long opportunityId, Outcome outcome, String note) {
        Opportunity current = ownOpportunity(actor, opportunityId);
        requireNext(current, StepKind.OUTCOME);
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome == null) {
            errors.put("outcome", "Choose the outcome");
        }
        FieldErrors.checkLength(errors, "note", note, NOTE_MAX, "the note");
        FieldErrors.throwIfAny(errors);
        Instant now = clock.instant();
        opportunities.update(current.closed(outcome, now));
        step(current.id(), StepKind.OUTCOME, null, outcome.label() + (blank(note) ? "" : ". " + note.strip()),
                actor, now);
    }

    /** The employer answers an introduction to one of their own vacancies. */
    @Transactional
    public void answer(SignedInUser actor, long opportunityId, EmployerAnswer answer, String note) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        Opportunity current = opportunities.findById(opportunityId)
                .orElseThrow(() -> new NotAllowedException("No such introduction"));
        vacancies.details(actor, current.vacancyId());
        if (!current.stage().employerSees()) {
            throw new NotAllowedException("No such introduction");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (answer == null) {
            errors.put("answer", "Choose your answer");
        }
        if (current.stage() == Stage.CLOSED || current.stage() == Stage.STARTED) {
            errors.put("answer", "This introduction has been closed");
        }
        FieldErrors.checkLength(errors, "note", note, NOTE_MAX, "the note");
        FieldErrors.throwIfAny(errors);
        Instant now = clock.instant();
        opportunities.update(current.answered(answer, blank(note) ? null : note.strip(), now));
        step(current.id(), answer == EmployerAnswer.INVITE ? StepKind.EMPLOYER_INVITED : StepKind.EMPLOYER_DECLINED,
                null, note, actor, now);
    }

    /** The stages a participant sees: what was shared with them and everything after. */
    private static final Set<Stage> PARTICIPANT_SEES = EnumSet.of(Stage.SHARED, Stage.INTERESTED, Stage.INTRODUCED,
            Stage.INTERVIEW, Stage.OFFER, Stage.STARTED, Stage.CLOSED);

    /** The signed-in participant's own vacancies from "shared" on, most recently changed first. */
    @Transactional
    public List<MyOpportunity> mine(SignedInUser participantUser) {
        Participant me = participants.own(participantUser);
        return opportunities.findByParticipantIdOrderByUpdatedAtDesc(me.id()).stream()
                .filter(o -> PARTICIPANT_SEES.contains(o.stage())).map(this::mine).toList();
    }

    /**
     * The participant says they are interested in a vacancy shared with them. Only their own: another
     * participant's opportunity is "not found". The step is theirs on the specialist's timeline.
     */
    @Transactional
    public void participantInterested(SignedInUser participantUser, long opportunityId) {
        Participant me = participants.own(participantUser);
        Opportunity o = opportunities.findById(opportunityId).filter(found -> found.participantId() == me.id())
                .filter(found -> PARTICIPANT_SEES.contains(found.stage()))
                .orElseThrow(() -> new NotAllowedException("No such vacancy in your list"));
        if (o.stage() != Stage.SHARED) {
            throw new org.workingwin.portal.base.validation.InvalidInputException(Map.of("stage",
                    "You have already told your specialist about this job"));
        }
        Instant now = clock.instant();
        opportunities.update(o.at(Stage.INTERESTED, o.vacancyVersion(), now));
        step(o.id(), StepKind.INTERESTED, null, null, participantUser, now);
    }

    /**
     * The participant says they are interested in a published, open vacancy they found themselves. A
     * vacancy not yet in their pipeline starts at "interested"; one shortlisted, shared or dismissed by the
     * specialist moves to "interested" (their wish reopens a dismissal: the specialist decides next). One
     * already at "interested" or beyond is left as it is. Returns the opportunity.
     */
    @Transactional
    public MyOpportunity participantInterestedInVacancy(SignedInUser participantUser, long vacancyId) {
        Participant me = participants.own(participantUser);
        if (openVacancies.indexable(vacancyId).isEmpty()) {
            throw new org.workingwin.portal.base.validation.InvalidInputException(
                    Map.of("vacancy", "This job is no longer open"));
        }
        long vacancyVersion = vacancies.publicDetails(vacancyId).orElseThrow().vacancy().version();
        Instant now = clock.instant();
        Opportunity o = opportunities.findByParticipantIdAndVacancyId(me.id(), vacancyId).orElse(null);
        if (o == null) {
            o = opportunities.save(new Opportunity(null, me.id(), vacancyId, Stage.INTERESTED, vacancyVersion, "",
                    null, null, null, null, null, null, null, now, now, null));
        } else if (o.stage() == Stage.SHORTLISTED || o.stage() == Stage.SHARED || o.stage() == Stage.DISMISSED) {
            o = opportunities.update(o.at(Stage.INTERESTED, vacancyVersion, now));
        } else {
            return mine(o);
        }
        step(o.id(), StepKind.INTERESTED, null, null, participantUser, now);
        return mine(o);
    }

    /** The participants on the actor's caseload who said they are interested and wait for the next step. */
    @Transactional
    public List<OpportunityDetails> waitingInterested(SignedInUser actor) {
        List<Long> ids = participants.caseload(actor).stream().map(Participant::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return opportunities.findByParticipantIdIn(ids).stream().filter(o -> o.stage() == Stage.INTERESTED)
                .sorted(java.util.Comparator.comparing(Opportunity::updatedAt).reversed())
                .map(o -> details(actor, o.id())).toList();
    }

    private MyOpportunity mine(Opportunity o) {
        VacancyDetails vacancy = vacancies.sharedDetails(o.vacancyId()).orElseThrow();
        return new MyOpportunity(o.id(), o.vacancyId(), vacancy.vacancy().title(), vacancy.organisationName(),
                o.stage(), o.updatedAt(), o.stage() == Stage.SHARED, o.jobStartDate());
    }

    /** One opportunity with its timeline, for its participant's specialist or an administrator. */
    @Transactional
    public OpportunityDetails details(SignedInUser actor, long opportunityId) {
        Opportunity o = ownOpportunity(actor, opportunityId);
        Participant participant = participants.summary(actor, o.participantId());
        VacancyDetails vacancy = vacancies.details(actor, o.vacancyId());
        List<TimelineEntry> timeline = steps.timeline(o.id()).stream()
                .map(s -> new TimelineEntry(s.kind(), s.createdAt(), accounts.authorName(s.actorId(), null),
                        s.eventDate(), s.note())).toList();
        Set<StepKind> next = EnumSet.noneOf(StepKind.class);
        for (StepKind kind : StepKind.values()) {
            if (allowed(o, kind)) {
                next.add(kind);
            }
        }
        return new OpportunityDetails(o, participant.name(), vacancy.vacancy().title(), vacancy.organisationName(),
                timeline, next, labels(o.recruitmentAdjustments()));
    }

    /** A participant's opportunities, most recently changed first. */
    @Transactional
    public List<OpportunityDetails> forParticipant(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        return opportunities.findByParticipantIdOrderByUpdatedAtDesc(participantId).stream()
                .map(o -> details(actor, o.id())).toList();
    }

    /** Where each vacancy considered for this participant stands, by vacancy id. */
    @Transactional
    public Map<Long, Opportunity> byVacancy(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        return opportunities.findByParticipantIdOrderByUpdatedAtDesc(participantId).stream()
                .collect(Collectors.toMap(Opportunity::vacancyId, o -> o));
    }

    /** The vacancies dismissed for this participant and unchanged since: kept out of their suggestions. */
    @Transactional
    public Set<Long> dismissedUnchanged(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        return new HashSet<>(opportunities.findDismissedUnchanged(participantId));
    }

    /** The participants this vacancy was dismissed for and unchanged since (the caller scopes them). */
    @Transactional
    public Set<Long> dismissedFor(long vacancyId) {
        return new HashSet<>(opportunities.findDismissedUnchangedForVacancy(vacancyId));
    }

    /** Where this vacancy stands for each participant the actor may see, by participant id. */
    @Transactional
    public Map<Long, Opportunity> byParticipant(SignedInUser actor, long vacancyId) {
        Set<Long> visible = participants.caseload(actor).stream().map(Participant::id).collect(Collectors.toSet());
        return opportunities.findByVacancyId(vacancyId).stream().filter(o -> visible.contains(o.participantId()))
                .collect(Collectors.toMap(Opportunity::participantId, o -> o));
    }

    /** The introductions to the employer's own vacancies (one vacancy's when {@code vacancyId} is given). */
    @Transactional
    public List<Introduction> introductions(SignedInUser actor, Long vacancyId) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        if (vacancyId != null) {
            vacancies.details(actor, vacancyId);
        }
        return opportunities.findIntroducedTo(actor.organisationId()).stream()
                .filter(o -> vacancyId == null || o.vacancyId() == vacancyId)
                .map(o -> introduction(actor, o)).toList();
    }

    /** Every step for these participants (the caller has checked the actor may see them). */
    @Transactional
    public List<PipelineStep> stepsOf(Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> participantOf = opportunities.findByParticipantIdIn(participantIds).stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::participantId));
        if (participantOf.isEmpty()) {
            return List.of();
        }
        return steps.withoutNotes(participantOf.keySet()).stream()
                .map(s -> new PipelineStep(participantOf.get(s.opportunityId()), s.kind(), s.createdAt(),
                        s.eventDate())).toList();
    }

    private Introduction introduction(SignedInUser employer, Opportunity o) {
        List<OpportunityStep> timeline = steps.timeline(o.id());
        OpportunityStep introduced = timeline.stream().filter(s -> s.kind() == StepKind.INTRODUCED).findFirst()
                .orElseThrow();
        boolean offerMade = timeline.stream().anyMatch(s -> s.kind() == StepKind.OFFER);
        String title = vacancies.details(employer, o.vacancyId()).vacancy().title();
        return new Introduction(o.id(), o.vacancyId(), title, introduced.createdAt(),
                participants.introduced(employer, o.participantId(), offerMade), labels(o.recruitmentAdjustments()),
                introduced.note(), o.stage(), o.employerAnswer(), o.employerNote());
    }

    private long consider(SignedInUser actor, long participantId, long vacancyId, Stage stage, StepKind kind,
                          String note) {
        participants.summary(actor, participantId);
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.checkLength(errors, "note", note, NOTE_MAX, "the note");
        FieldErrors.throwIfAny(errors);
        long vacancyVersion = vacancies.details(actor, vacancyId).vacancy().version();
        if (openVacancies.indexable(vacancyId).isEmpty()) {
            throw new org.workingwin.portal.base.validation.InvalidInputException(
                    Map.of("vacancy", "Only a published, open vacancy can be shortlisted or dismissed"));
        }
        Instant now = clock.instant();
        Opportunity saved = opportunities.findByParticipantIdAndVacancyId(participantId, vacancyId)
                .map(existing -> {
                    requireNext(existing, kind);
                    return opportunities.update(existing.at(stage, vacancyVersion, now));
                })
                .orElseGet(() -> opportunities.save(new Opportunity(null, participantId, vacancyId, stage,
                        vacancyVersion, "", null, null, null, null, null, null, null, now, now, null)));
        step(saved.id(), kind, null, note, actor, now);
        return saved.id();
    }

    private Opportunity advance(SignedInUser actor, long opportunityId, StepKind kind, Stage stage,
                                LocalDate date, String note) {
        Opportunity current = ownOpportunity(actor, opportunityId);
        requireNext(current, kind);
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.checkLength(errors, "note", note, NOTE_MAX, "the note");
        FieldErrors.throwIfAny(errors);
        Instant now = clock.instant();
        Opportunity saved = opportunities.update(current.at(stage, current.vacancyVersion(), now));
        step(current.id(), kind, date, note, actor, now);
        return saved;
    }

    /** Which step may follow the current stage. */
    static boolean allowed(Opportunity o, StepKind kind) {
        Stage s = o.stage();
        return switch (kind) {
            case SHORTLISTED -> s == Stage.DISMISSED;
            case DISMISSED -> s == Stage.SHORTLISTED || s == Stage.SHARED || s == Stage.INTERESTED;
            case SHARED -> s == Stage.SHORTLISTED;
            case INTERESTED -> s == Stage.SHORTLISTED || s == Stage.SHARED;
            case INTRODUCED -> s == Stage.INTERESTED;
            case INTERVIEW -> s == Stage.INTRODUCED;
            case OFFER -> s == Stage.INTRODUCED || s == Stage.INTERVIEW;
            case JOB_START -> s == Stage.OFFER;
            case OUTCOME -> s == Stage.INTRODUCED || s == Stage.INTERVIEW || s == Stage.OFFER || s == Stage.STARTED;
            case EMPLOYER_INVITED, EMPLOYER_DECLINED -> false;
        };
    }

    private static void requireNext(Opportunity o, StepKind kind) {
        if (!allowed(o, kind)) {
            throw new org.workingwin.portal.base.validation.InvalidInputException(Map.of("stage",
                    "This vacancy is at \"" + o.stage().label() + "\" for the participant: \"" + kind.label()
                            + "\" cannot be recorded now"));
        }
    }

    /** The opportunity, if its participant is on the actor's caseload (administrators: any). */
    private Opportunity ownOpportunity(SignedInUser actor, long opportunityId) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Opportunity o = opportunities.findById(opportunityId)
                .orElseThrow(() -> new NotAllowedException("No such opportunity"));
        participants.summary(actor, o.participantId());
        return o;
    }

    private void step(long opportunityId, StepKind kind, LocalDate date, String note, SignedInUser actor,
                      Instant now) {
        steps.save(new OpportunityStep(null, opportunityId, kind, date, blank(note) ? null : note.strip(),
                actor.id(), now));
    }

    private void checkDate(Map<String, String> errors, String field, LocalDate date, String what) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            errors.put(field, "Enter the date of " + what);
        } else if (date.isBefore(today.minusDays(DATE_RANGE_DAYS)) || date.isAfter(today.plusDays(DATE_RANGE_DAYS))) {
            errors.put(field, "Enter a date within a year of today");
        }
    }

    private List<String> labels(String codes) {
        return codes == null || codes.isBlank() ? List.of() : java.util.Arrays.stream(codes.split(","))
                .map(code -> taxonomy.adjustment(code).map(Adjustment::label).orElse(code)).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
