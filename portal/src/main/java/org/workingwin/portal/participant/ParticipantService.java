package org.workingwin.portal.participant;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.Invitation;
import org.workingwin.portal.account.InvitationService;
import org.workingwin.portal.account.StaffMember;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.audit.HealthRecorder;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.location.PostcodeLocation;

/**
 * Participants' records. Only specialists and administrators reach them; a specialist only their own
 * caseload. Every change writes a participant_outbox entry (the reverse-match index follows) and a
 * participant_revision (the kept history: who, when, what) in the same transaction. Every read and
 * change of health data (needs, their notes, what may be disclosed) also writes a line of the health
 * audit trail in that transaction; where the call came from is found by the recorder, not passed here.
 */
@Singleton
public class ParticipantService {

    private static final String THING = "participant's record";

    private static final Sort BY_NAME = Sort.of(Sort.Order.asc("lastName"), Sort.Order.asc("firstName"),
            Sort.Order.asc("id"));

    private final ParticipantRepository participants;
    private final ParticipantNeedStore needs;
    private final ParticipantOutboxRepository outbox;
    private final ParticipantRevisionStore revisions;
    private final ParticipantValidator validator;
    private final ParticipantChanges changes;
    private final AccountService accounts;
    private final InvitationService invitations;
    private final Taxonomy taxonomy;
    private final HealthRecorder audit;
    private final Clock clock;

    /** What the audit trail says was read or changed. */
    static final String NEEDS = "needs and notes";
    static final String PROFILE = "matching profile";
    static final String HISTORY = "history";
    static final String DISCLOSED = "disclosed needs to employer";

    ParticipantService(ParticipantRepository participants, ParticipantNeedStore needs,
                       ParticipantOutboxRepository outbox, ParticipantRevisionStore revisions,
                       ParticipantValidator validator, ParticipantChanges changes, AccountService accounts,
                       InvitationService invitations, Taxonomy taxonomy, HealthRecorder audit, Clock clock) {
        this.participants = participants;
        this.needs = needs;
        this.outbox = outbox;
        this.revisions = revisions;
        this.validator = validator;
        this.changes = changes;
        this.accounts = accounts;
        this.invitations = invitations;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a participant on the acting specialist's caseload (administrators: on no caseload yet). */
    @Transactional
    public long create(SignedInUser actor, ParticipantInput input) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        ParticipantValidator.Checked checked = validator.check(input);
        if (!checked.errors().containsKey("reference") && participants.existsByReference(input.reference().strip())) {
            checked.errors().put("reference", "A participant with this trial reference already exists");
        }
        checkEnrolment(input, checked.errors());
        FieldErrors.throwIfAny(checked.errors());
        Instant now = clock.instant();
        Long specialist = actor.is(Role.SPECIALIST) ? actor.id() : null;
        if (specialist != null) {
            checkRoomOnCaseload(specialist, null);
        }
        Participant saved = participants.save(fromInput(null, specialist, input, checked.home(), LocalDate.now(clock),
                now, now, null, null));
        saveNeeds(saved.id(), input);
        changed(saved.id());
        ParticipantInput stored = asStored(saved, needs.findByParticipantIdOrderById(saved.id()));
        revisions.save(new ParticipantRevision(null, saved.id(), actor.id(), now, changes.created(stored)));
        if (!stored.needs().isEmpty()) {
            audit.record(actor, HealthAction.CHANGE, NEEDS, saved.id());
        }
        return saved.id();
    }

    /**
     * Changes a participant's record. {@code version}: the stored version the change started from (the
     * form's or the API's If-Match); if someone else saved since, nothing is written
     * ({@link ChangedBySomeoneElseException}).
     */
    @Transactional
    public void update(SignedInUser actor, long id, long version, ParticipantInput input) {
        Participant current = visible(actor, id);
        ChangedBySomeoneElseException.check(THING, version, current.version());
        ParticipantValidator.Checked checked = validator.check(input);
        if (!checked.errors().containsKey("reference") && !current.reference().equals(input.reference().strip())
                && participants.existsByReference(input.reference().strip())) {
            checked.errors().put("reference", "A participant with this trial reference already exists");
        }
        checkEnrolment(input, checked.errors());
        FieldErrors.throwIfAny(checked.errors());
        ParticipantInput before = asStored(current, needs.findByParticipantIdOrderById(id));
        Participant updated = fromInput(id, current.specialistId(), input, checked.home(), current.enrolledOn(),
                current.createdAt(), clock.instant(), version, current.userId());
        ChangedBySomeoneElseException.guard(THING,
                () -> participants.findById(id).map(Participant::version).orElse(null),
                () -> participants.update(updated));
        if (updated.status() != current.status()) {
            participants.updateLeftOn(id, updated.status() == ParticipantStatus.LEFT ? LocalDate.now(clock) : null);
        }
        needs.deleteByParticipantId(id);
        saveNeeds(id, input);
        changed(id);
        ParticipantInput after = asStored(updated, needs.findByParticipantIdOrderById(id));
        keep(id, actor.id(), changes.between(before, after));
        if (!healthOf(before).equals(healthOf(after))) {
            audit.record(actor, HealthAction.CHANGE, NEEDS, id);
        }
    }

    /** An administrator gives a participant to a specialist (or takes them off every caseload, with null). */
    @Transactional
    public void assign(SignedInUser actor, long id, Long specialistId) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        Participant current = participants.findById(id).orElseThrow(() -> new NotAllowedException("No such participant"));
        if (java.util.Objects.equals(current.specialistId(), specialistId)) {
            return;
        }
        StaffMember specialist = null;
        if (specialistId != null) {
            specialist = accounts.staffMember(specialistId).filter(s -> accounts.specialists().contains(s))
                    .orElseThrow(() -> new org.workingwin.portal.base.validation.InvalidInputException(
                            Map.of("specialist", "Choose one of the specialists")));
            if (current.status() != ParticipantStatus.LEFT) {
                checkRoomOnCaseload(specialistId, specialist.name());
            }
        }
        participants.update(current.withSpecialist(specialistId, clock.instant()));
        keep(id, actor.id(), "Specialist: " + specialistName(current.specialistId()) + " → "
                + (specialist == null ? "(none)" : specialist.name()));
    }

    /** A recorded job start: the participant is now in work and wanting support to stay. */
    @Transactional
    public void startedWork(SignedInUser actor, long id) {
        Participant current = visible(actor, id);
        if (current.status() != ParticipantStatus.IN_WORK) {
            participants.update(current.withStatus(ParticipantStatus.IN_WORK, clock.instant()));
            changed(id);
            keep(id, actor.id(), "Status: " + current.status().label() + " → "
                    + ParticipantStatus.IN_WORK.label() + " (job start recorded)");
        }
    }

    @Transactional
    public ParticipantDetails details(SignedInUser actor, long id) {
        Participant participant = visible(actor, id);
        audit.record(actor, HealthAction.READ, NEEDS, id);
        return new ParticipantDetails(participant, needs.findByParticipantIdOrderById(id));
    }

    /** A participant's record as the form and the API show it. */
    @Transactional
    public ParticipantInput input(SignedInUser actor, long id) {
        Participant p = visible(actor, id);
        audit.record(actor, HealthAction.READ, NEEDS, id);
        return asStored(p, needs.findByParticipantIdOrderById(id));
    }

    /** A participant's record with the version a change of it must start from (the editor's load). */
    @Transactional
    public Editable editable(SignedInUser actor, long id) {
        Participant p = visible(actor, id);
        audit.record(actor, HealthAction.READ, NEEDS, id);
        return new Editable(asStored(p, needs.findByParticipantIdOrderById(id)), p.version());
    }

    /** The record as stored and its version. */
    public record Editable(ParticipantInput input, long version) {
    }

    /** The stored version of a record the actor may see: a number, not health data, so not audited. */
    @Transactional
    public long version(SignedInUser actor, long id) {
        return visible(actor, id).version();
    }

    /** The kept history of the record, newest first. */
    @Transactional
    public List<RevisionView> history(SignedInUser actor, long id) {
        visible(actor, id);
        audit.record(actor, HealthAction.READ, HISTORY, id);
        return revisions.findByParticipantIdOrderByIdDesc(id).stream().map(r -> new RevisionView(r.changedAt(),
                r.changedBy() == null ? "Working Win" : accounts.authorName(r.changedBy(), null),
                List.of(r.changes().split("\n")))).toList();
    }

    /** The engine's profile of a participant the actor may see. */
    @Transactional
    public ParticipantProfile profile(SignedInUser actor, long id) {
        Participant participant = visible(actor, id);
        audit.record(actor, HealthAction.READ, PROFILE, id);
        return ParticipantIndexFeed.profileOf(participant, needs.findByParticipantIdOrderById(id));
    }

    /** The specialist's caseload (administrators: everyone), by last name. */
    @Transactional
    public List<Participant> caseload(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        if (actor.is(Role.ADMIN)) {
            return participants.findAll().stream()
                    .sorted(Comparator.comparing(Participant::lastName).thenComparing(Participant::firstName))
                    .toList();
        }
        return participants.findBySpecialistIdOrderByLastName(actor.id());
    }

    /** One page of every participant, by name: what an administrator assigns caseloads from. */
    @Transactional
    public List<Participant> everyone(SignedInUser actor, int page, int pageSize) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return participants.findAll(Pageable.from(page, pageSize, BY_NAME));
    }

    /** How many participants there are, for an administrator. */
    @Transactional
    public long countEveryone(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return participants.count();
    }

    /** The participants on a specialist's caseload who have not left: what counts against the limit. */
    @Transactional
    public long activeCaseloadSize(long specialistId) {
        return participants.countBySpecialistIdAndStatusNotEqual(specialistId, ParticipantStatus.LEFT);
    }

    /**
     * What an employer may know of a participant introduced to them. Before an offer, nothing about
     * health; after it, the needs (with notes) the participant agreed to share. The caller has checked
     * that the participant was introduced to this employer; shared needs are recorded as disclosed to it.
     */
    @Transactional
    public IntroducedParticipant introduced(SignedInUser employer, long id, boolean offerMade) {
        Participant p = participants.findById(id).orElseThrow(() -> new NotAllowedException("No such participant"));
        List<IntroducedParticipant.SharedNeed> shared = !offerMade ? List.of()
                : needs.findByParticipantIdOrderById(id).stream().filter(ParticipantNeed::disclose)
                .map(n -> new IntroducedParticipant.SharedNeed(taxonomy.need(n.code()).map(Need::label)
                        .orElse(n.code()), n.note() == null ? "" : n.note())).toList();
        if (!shared.isEmpty()) {
            audit.record(employer, HealthAction.DISCLOSE, DISCLOSED, id);
        }
        return new IntroducedParticipant(p.firstName(), contactRoute(p), shared);
    }

    /**
     * Emails the participant an invitation to their own portal account (a link valid 7 days). Only their
     * specialist or an administrator may, and only when the record has an email address and consent to
     * processing. A new invitation replaces an earlier one.
     */
    @Transactional
    public void inviteToPortal(SignedInUser actor, long id) {
        Participant current = visible(actor, id);
        if (current.userId() != null) {
            throw new InvalidInputException(Map.of("account", current.firstName() + " already has portal access"));
        }
        if (current.email() == null) {
            throw new InvalidInputException(Map.of("email",
                    "Add " + current.firstName() + "'s email address to their record first"));
        }
        if (!current.consentToProcessing()) {
            throw new InvalidInputException(Map.of("consent", current.firstName()
                    + " has not agreed to processing of their information. Record their consent first"));
        }
        invitations.inviteParticipant(actor, id, current.email(), current.name());
        keep(id, actor.id(), "Invited to the portal at " + current.email());
    }

    /** The participant's invitation that is waiting to be accepted, if any. */
    @Transactional
    public Optional<Invitation> portalInvitation(SignedInUser actor, long id) {
        visible(actor, id);
        return invitations.pendingForParticipant(id);
    }

    /** Links the account made from the participant's invitation to their record (see InvitationAccepted). */
    @Transactional
    void acceptedInvitation(long id, long userId) {
        Participant current = participants.findById(id).orElseThrow();
        if (current.userId() != null) {
            throw new InvalidInputException(Map.of("account", "This record already has a portal account"));
        }
        participants.update(current.withAccount(userId, clock.instant()));
        keep(id, userId, "Accepted the invitation: portal account made");
    }

    /** Links an existing participant account to a record (demo data; the account must be a participant's). */
    @Transactional
    public void linkAccount(SignedInUser actor, long id, long userId) {
        Participant current = visible(actor, id);
        if (current.userId() != null || participants.findByUserId(userId).isPresent()) {
            throw new InvalidInputException(Map.of("account", "This account or record is already linked"));
        }
        participants.update(current.withAccount(userId, clock.instant()));
        keep(id, actor.id(), "Portal access given");
    }

    /** The signed-in participant's own record; fails for anyone else or an account not linked to one. */
    @Transactional
    public Participant own(SignedInUser participant) {
        NotAllowedException.requireRole(participant, Role.PARTICIPANT);
        return participants.findByUserId(participant.id())
                .orElseThrow(() -> new NotAllowedException("Your account is not linked to your record yet. "
                        + "Please ask your specialist."));
    }

    /** The portal account of a participant, if they have one (for mail; the caller has checked the reason). */
    @Transactional
    public Optional<Long> accountOf(long id) {
        return participants.findById(id).map(Participant::userId);
    }

    /** The home postcode district of the signed-in participant, if their record has one. */
    @Transactional
    public Optional<String> ownHomeDistrict(SignedInUser participant) {
        return participants.findByUserId(participant.id()).map(Participant::homeDistrict);
    }

    /** The record with this trial reference, for the audit trail's filter (the reference holds no health data). */
    @Transactional
    public Optional<Long> idOfReference(String reference) {
        return participants.findByReference(reference.strip()).map(Participant::id);
    }

    /**
     * The record without needs or notes (name, status, caseload), for pages and services that check access
     * or show the name: it reads no health data, so it writes no audit line. Fails like {@link #details}.
     */
    @Transactional
    public Participant summary(SignedInUser actor, long id) {
        return visible(actor, id);
    }

    /** Fails unless the actor may see this participant: their specialist, or an administrator. */
    Participant visible(SignedInUser actor, long id) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Participant participant = participants.findById(id)
                .orElseThrow(() -> new NotAllowedException("No such participant"));
        if (actor.is(Role.SPECIALIST) && !Long.valueOf(actor.id()).equals(participant.specialistId())) {
            throw new NotAllowedException("This participant is not on your caseload");
        }
        return participant;
    }

    private String contactRoute(Participant p) {
        if (p.shareContact()) {
            String value = p.preferredContact().usesPhone() ? p.phone() : p.email();
            if (value != null) {
                return p.preferredContact().label() + ": " + value;
            }
        }
        Optional<StaffMember> specialist = p.specialistId() == null ? Optional.empty()
                : accounts.staffMember(p.specialistId());
        return specialist.map(s -> "Through their employment specialist, " + s.name() + ", " + s.email())
                .orElse("Through the Working Win team");
    }

    private void checkRoomOnCaseload(long specialistId, String name) {
        if (activeCaseloadSize(specialistId) >= ParticipantLimits.CASELOAD_LIMIT) {
            throw new org.workingwin.portal.base.validation.InvalidInputException(Map.of("specialist",
                    (name == null ? "Your caseload" : name + "'s caseload") + " already has "
                            + ParticipantLimits.CASELOAD_LIMIT + " active participants, the limit"));
        }
    }

    private void checkEnrolment(ParticipantInput input, Map<String, String> errors) {
        if (input.enrolledOn() != null && input.enrolledOn().isAfter(LocalDate.now(clock))) {
            errors.put("enrolledOn", "The enrolment date cannot be in the future");
        }
    }

    private String specialistName(Long id) {
        return id == null ? "(none)" : accounts.staffMember(id).map(StaffMember::name).orElse("(none)");
    }

    private void keep(long participantId, Long by, String lines) {
        if (!lines.isEmpty()) {
            revisions.save(new ParticipantRevision(null, participantId, by, clock.instant(), lines));
        }
    }

    private void saveNeeds(long participantId, ParticipantInput input) {
        if (input.needs() != null) {
            Map<String, String> notes = ParticipantValidator.notes(input);
            List<String> shared = ParticipantValidator.list(input.disclosedNeeds());
            input.needs().forEach((code, level) -> needs.save(new ParticipantNeed(null, participantId, code,
                    NeedLevel.valueOf(level), notes.containsKey(code) ? notes.get(code).strip() : null,
                    shared.contains(code))));
        }
    }

    private void changed(long participantId) {
        outbox.save(new ParticipantOutboxEntry(null, participantId, clock.instant()));
    }

    /** The health data of a record: levels, notes and what may be disclosed. */
    private static List<Object> healthOf(ParticipantInput in) {
        return List.of(in.needs(), in.needNotes(), in.disclosedNeeds());
    }

    private static ParticipantInput asStored(Participant p, List<ParticipantNeed> needs) {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        needs.forEach(n -> {
            levels.put(n.code(), n.level().name());
            if (n.note() != null) {
                notes.put(n.code(), n.note());
            }
        });
        return new ParticipantInput(p.reference(), p.firstName(), p.lastName(), p.wantedRoles(),
                List.copyOf(Codes.split(p.occupationCodes())), p.skills(), List.copyOf(Codes.split(p.sectors())),
                p.hoursMin(), p.hoursMax(), List.copyOf(Codes.split(p.workPatterns())), p.minimumPay(),
                p.minimumPayPeriod(), List.copyOf(Codes.split(p.contractTypes())), p.homeDistrict(), p.maxTravelKm(),
                List.copyOf(Codes.split(p.workModes())), levels, List.copyOf(Codes.split(p.demandsToAvoid())),
                p.email(), p.phone(), p.preferredContact().name(), p.consentToProcessing(), p.shareContact(),
                p.status().name(), p.enrolledOn(), notes,
                needs.stream().filter(ParticipantNeed::disclose).map(ParticipantNeed::code).toList());
    }

    /** {@code enrolledIfMissing}: today for a new record, the stored date for an update that leaves it out. */
    private Participant fromInput(Long id, Long specialist, ParticipantInput in, PostcodeLocation home,
                                  LocalDate enrolledIfMissing, Instant created, Instant now, Long version,
                                  Long userId) {
        ParticipantStatus status = in.status() == null ? ParticipantStatus.LOOKING
                : ParticipantStatus.valueOf(in.status().strip());
        LocalDate enrolled = in.enrolledOn() == null ? enrolledIfMissing : in.enrolledOn();
        return new Participant(id, in.reference().strip(), in.firstName().strip(), in.lastName().strip(), specialist,
                blankToNull(in.wantedRoles()), Codes.join(in.occupationCodes()), blankToNull(in.skills()),
                Codes.join(in.sectors()), in.hoursMin(), in.hoursMax(), Codes.join(in.patterns()), in.minimumPay(),
                in.minimumPay() == null ? null : in.minimumPayPeriod(), Codes.join(in.contractTypes()),
                home == null ? null : home.district(), home == null ? null : home.point().latitude(),
                home == null ? null : home.point().longitude(), in.maxTravelKm(),
                Codes.join(ParticipantValidator.list(in.workModes())), Codes.join(in.demandsToAvoid()),
                blankToNull(in.email()), blankToNull(in.phone()), PreferredContact.valueOf(in.preferredContact().strip()),
                Boolean.TRUE.equals(in.consentToProcessing()), Boolean.TRUE.equals(in.shareContact()), status,
                enrolled, created, now, version, userId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
