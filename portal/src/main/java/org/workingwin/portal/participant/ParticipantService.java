package org.workingwin.portal.participant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.location.PostcodeLocation;

/**
 * Participants' matching profiles. Only specialists and administrators reach them; a specialist
 * only their own caseload. Every change writes a participant_outbox entry in the same transaction, so
 * the reverse-match index follows.
 */
@Singleton
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ParticipantNeedRepository needs;
    private final ParticipantOutboxRepository outbox;
    private final ParticipantValidator validator;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, ParticipantNeedRepository needs,
                       ParticipantOutboxRepository outbox, ParticipantValidator validator, Clock clock) {
        this.participants = participants;
        this.needs = needs;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    /** Creates a participant on the acting specialist's caseload (administrators: on no caseload). */
    @Transactional
    public long create(SignedInUser actor, ParticipantInput input) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        ParticipantValidator.Checked checked = validator.check(input);
        if (!checked.errors().containsKey("reference") && participants.existsByReference(input.reference().strip())) {
            checked.errors().put("reference", "A participant with this trial reference already exists");
        }
        FieldErrors.throwIfAny(checked.errors());
        Instant now = clock.instant();
        Long specialist = actor.is(Role.SPECIALIST) ? actor.id() : null;
        Participant saved = participants.save(fromInput(null, specialist, input, checked.home(), now, now, null));
        saveNeeds(saved.id(), input.needs());
        changed(saved.id());
        return saved.id();
    }

    @Transactional
    public void update(SignedInUser actor, long id, ParticipantInput input) {
        Participant current = visible(actor, id);
        ParticipantValidator.Checked checked = validator.check(input);
        if (!checked.errors().containsKey("reference") && !current.reference().equals(input.reference().strip())
                && participants.existsByReference(input.reference().strip())) {
            checked.errors().put("reference", "A participant with this trial reference already exists");
        }
        FieldErrors.throwIfAny(checked.errors());
        participants.update(fromInput(id, current.specialistId(), input, checked.home(), current.createdAt(),
                clock.instant(), current.version()));
        needs.deleteByParticipantId(id);
        saveNeeds(id, input.needs());
        changed(id);
    }

    @Transactional
    public ParticipantDetails details(SignedInUser actor, long id) {
        Participant participant = visible(actor, id);
        return new ParticipantDetails(participant, needs.findByParticipantIdOrderById(id));
    }

    /** A participant's profile as the form and the API show it. */
    @Transactional
    public ParticipantInput input(SignedInUser actor, long id) {
        Participant p = visible(actor, id);
        Map<String, String> levels = needs.findByParticipantIdOrderById(id).stream().collect(
                java.util.stream.Collectors.toMap(ParticipantNeed::code, n -> n.level().name(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        return new ParticipantInput(p.reference(), p.firstName(), p.lastName(), p.wantedRoles(),
                List.copyOf(Codes.split(p.occupationCodes())), p.skills(), List.copyOf(Codes.split(p.sectors())),
                p.hoursMin(), p.hoursMax(), List.copyOf(Codes.split(p.workPatterns())), p.minimumPay(),
                p.minimumPayPeriod(), List.copyOf(Codes.split(p.contractTypes())), p.homeDistrict(), p.maxTravelKm(),
                List.copyOf(Codes.split(p.workModes())), levels, List.copyOf(Codes.split(p.demandsToAvoid())));
    }

    /** The engine's profile of a participant the actor may see. */
    @Transactional
    public ParticipantProfile profile(SignedInUser actor, long id) {
        Participant participant = visible(actor, id);
        return ParticipantIndexFeed.profileOf(participant, needs.findByParticipantIdOrderById(id));
    }

    /** The specialist's caseload (administrators: everyone), by last name. */
    @Transactional
    public List<Participant> caseload(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        if (actor.is(Role.ADMIN)) {
            return participants.findAll().stream()
                    .sorted(java.util.Comparator.comparing(Participant::lastName)).toList();
        }
        return participants.findBySpecialistIdOrderByLastName(actor.id());
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

    private void saveNeeds(long participantId, Map<String, String> levels) {
        if (levels != null) {
            levels.forEach((code, level) -> needs.save(
                    new ParticipantNeed(null, participantId, code, NeedLevel.valueOf(level))));
        }
    }

    private void changed(long participantId) {
        outbox.save(new ParticipantOutboxEntry(null, participantId, clock.instant()));
    }

    private static Participant fromInput(Long id, Long specialist, ParticipantInput in, PostcodeLocation home,
                                         Instant created, Instant now, Long version) {
        return new Participant(id, in.reference().strip(), in.firstName().strip(), in.lastName().strip(), specialist,
                blankToNull(in.wantedRoles()), Codes.join(in.occupationCodes()), blankToNull(in.skills()),
                Codes.join(in.sectors()), in.hoursMin(), in.hoursMax(), Codes.join(in.patterns()), in.minimumPay(),
                in.minimumPay() == null ? null : in.minimumPayPeriod(), Codes.join(in.contractTypes()),
                home == null ? null : home.district(), home == null ? null : home.point().latitude(),
                home == null ? null : home.point().longitude(), in.maxTravelKm(),
                Codes.join(ParticipantValidator.list(in.workModes())), Codes.join(in.demandsToAvoid()), created, now,
                version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
