package org.workingwin.portal.participant;

import jakarta.inject.Singleton;
import java.util.List;
import org.workingwin.portal.base.crypto.HealthNoteCipher;

/**
 * The kept history of records, encrypted at rest: its lines quote needs' notes ("Note on fatigue: ..."). The
 * row is inserted first and its lines sealed under the new row's id.
 */
@Singleton
class ParticipantRevisionStore {

    static final String TABLE = "participant_revision";
    static final String CHANGES = "changes";

    private final ParticipantRevisionRepository revisions;
    private final HealthNoteCipher cipher;

    ParticipantRevisionStore(ParticipantRevisionRepository revisions, HealthNoteCipher cipher) {
        this.revisions = revisions;
        this.cipher = cipher;
    }

    ParticipantRevision save(ParticipantRevision revision) {
        ParticipantRevision saved = revisions.save(new ParticipantRevision(null, revision.participantId(),
                revision.changedBy(), revision.changedAt(), ""));
        revisions.updateChanges(saved.id(), cipher.seal(revision.changes(), TABLE, CHANGES, saved.id()));
        return new ParticipantRevision(saved.id(), revision.participantId(), revision.changedBy(),
                revision.changedAt(), revision.changes());
    }

    List<ParticipantRevision> findByParticipantIdOrderByIdDesc(long participantId) {
        return revisions.findByParticipantIdOrderByIdDesc(participantId).stream()
                .map(r -> new ParticipantRevision(r.id(), r.participantId(), r.changedBy(), r.changedAt(),
                        cipher.open(r.changes(), TABLE, CHANGES, r.id())))
                .toList();
    }
}
