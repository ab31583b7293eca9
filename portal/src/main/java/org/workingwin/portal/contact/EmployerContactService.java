package org.workingwin.portal.contact;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.participant.ParticipantService;

/** A specialist's own log of employer contacts; each specialist sees and counts only their own. */
@Singleton
public class EmployerContactService {

    public static final int EMPLOYER_MAX = 120;
    public static final int NOTE_MAX = 1000;
    /** How far back a contact may be recorded: a year, so last week's visit can still be logged. */
    public static final int DAYS_BACK_MAX = 366;

    private final EmployerContactStore contacts;
    private final ParticipantService participants;
    private final Clock clock;

    EmployerContactService(EmployerContactStore contacts, ParticipantService participants, Clock clock) {
        this.contacts = contacts;
        this.participants = participants;
        this.clock = clock;
    }

    /** Records a contact; {@code participantId} (optional) must be on the specialist's caseload. */
    @Transactional
    public long record(SignedInUser actor, String employerName, LocalDate date, ContactKind kind, String note,
                       Long participantId) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST);
        if (participantId != null) {
            participants.summary(actor, participantId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "employerName", employerName, EMPLOYER_MAX, "the employer's name");
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            errors.put("contactDate", "Enter the date of the contact");
        } else if (date.isAfter(today)) {
            errors.put("contactDate", "The date cannot be in the future");
        } else if (date.isBefore(today.minusDays(DAYS_BACK_MAX))) {
            errors.put("contactDate", "Record contacts from the last year only");
        }
        if (kind == null) {
            errors.put("kind", "Choose how you were in touch");
        }
        FieldErrors.checkLength(errors, "note", note, NOTE_MAX, "the note");
        FieldErrors.throwIfAny(errors);
        return contacts.save(new EmployerContact(null, actor.id(), employerName.strip(), date, kind,
                note == null || note.isBlank() ? null : note.strip(), participantId, clock.instant()));
    }

    /** The contact an introduction through the portal makes, logged for the participant, dated today. */
    @Transactional
    public void recordIntroduction(SignedInUser actor, String employerName, long participantId, String vacancyTitle) {
        record(actor, employerName.length() > EMPLOYER_MAX ? employerName.substring(0, EMPLOYER_MAX) : employerName,
                LocalDate.now(clock), ContactKind.INTRODUCTION, "Introduced for " + vacancyTitle, participantId);
    }

    /** Contacts made for these participants (the caller has checked they may see them), any order. */
    @Transactional
    public List<EmployerContact> forParticipants(java.util.Collection<Long> participantIds) {
        return participantIds.isEmpty() ? List.of() : contacts.findByParticipantIdIn(participantIds);
    }

    /** Contacts in the last four weeks divided by four, for any specialist (IPS figures). */
    @Transactional
    public double contactsPerWeekOf(long specialistId) {
        LocalDate today = LocalDate.now(clock);
        return contacts.countBySpecialistIdAndContactDateBetween(specialistId, today.minusDays(27), today) / 4.0;
    }

    /** The actor's contacts, newest first. */
    @Transactional
    public List<EmployerContact> mine(SignedInUser actor, int offset, int limit) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST);
        int size = Math.max(1, Math.min(limit, 100));
        return contacts.findBySpecialistId(actor.id(), Pageable.from(offset / size, size,
                Sort.of(Sort.Order.desc("contactDate"), Sort.Order.desc("id"))));
    }

    @Transactional
    public long countMine(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST);
        return contacts.countBySpecialistId(actor.id());
    }

    /** Contacts in the last four weeks divided by four: the IPS "employer contacts per week". */
    @Transactional
    public double contactsPerWeek(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST);
        return contactsPerWeekOf(actor.id());
    }
}
