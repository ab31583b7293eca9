package org.workingwin.portal.contact;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.workingwin.portal.base.crypto.HealthNoteCipher;

/**
 * Employer contacts as the service sees them, with each note encrypted at rest (bound to its row): a note
 * about a contact on a participant's behalf can say what they need at work. The only way
 * {@link EmployerContactService} reaches employer_contact. A contact with a note is inserted first and its
 * note sealed under the new row's id.
 */
@Singleton
class EmployerContactStore {

    static final String TABLE = "employer_contact";
    static final String NOTE = "note";

    private final EmployerContactRepository contacts;
    private final HealthNoteCipher cipher;

    EmployerContactStore(EmployerContactRepository contacts, HealthNoteCipher cipher) {
        this.contacts = contacts;
        this.cipher = cipher;
    }

    long save(EmployerContact c) {
        EmployerContact saved = contacts.save(new EmployerContact(null, c.specialistId(), c.employerName(),
                c.contactDate(), c.kind(), null, c.participantId(), c.createdAt()));
        if (c.note() != null) {
            contacts.updateNote(saved.id(), cipher.seal(c.note(), TABLE, NOTE, saved.id()));
        }
        return saved.id();
    }

    List<EmployerContact> findByParticipantIdIn(Collection<Long> participantIds) {
        return contacts.findByParticipantIdIn(participantIds).stream().map(this::opened).toList();
    }

    List<EmployerContact> findBySpecialistId(long specialistId, Pageable pageable) {
        return contacts.findBySpecialistId(specialistId, pageable).stream().map(this::opened).toList();
    }

    long countBySpecialistId(long specialistId) {
        return contacts.countBySpecialistId(specialistId);
    }

    long countBySpecialistIdAndContactDateBetween(long specialistId, LocalDate from, LocalDate to) {
        return contacts.countBySpecialistIdAndContactDateBetween(specialistId, from, to);
    }

    private EmployerContact opened(EmployerContact c) {
        return c.note() == null ? c : new EmployerContact(c.id(), c.specialistId(), c.employerName(), c.contactDate(),
                c.kind(), cipher.open(c.note(), TABLE, NOTE, c.id()), c.participantId(), c.createdAt());
    }
}
