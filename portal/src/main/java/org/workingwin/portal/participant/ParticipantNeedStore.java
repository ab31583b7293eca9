package org.workingwin.portal.participant;

import jakarta.inject.Singleton;
import java.util.List;
import org.workingwin.portal.base.crypto.HealthNoteCipher;

/**
 * Participants' needs as the service sees them, with each note encrypted at rest (bound to its row): the
 * only way {@link ParticipantService} reaches participant_need. A need with a note is inserted first and
 * its note sealed under the new row's id.
 */
@Singleton
class ParticipantNeedStore {

    static final String TABLE = "participant_need";
    static final String NOTE = "note";

    private final ParticipantNeedRepository needs;
    private final HealthNoteCipher cipher;

    ParticipantNeedStore(ParticipantNeedRepository needs, HealthNoteCipher cipher) {
        this.needs = needs;
        this.cipher = cipher;
    }

    List<ParticipantNeed> findByParticipantIdOrderById(long participantId) {
        return needs.findByParticipantIdOrderById(participantId).stream().map(this::opened).toList();
    }

    ParticipantNeed save(ParticipantNeed need) {
        ParticipantNeed saved = needs.save(new ParticipantNeed(null, need.participantId(), need.code(), need.level(),
                null, need.disclose()));
        if (need.note() != null) {
            needs.updateNote(saved.id(), cipher.seal(need.note(), TABLE, NOTE, saved.id()));
        }
        return new ParticipantNeed(saved.id(), need.participantId(), need.code(), need.level(), need.note(),
                need.disclose());
    }

    void deleteByParticipantId(long participantId) {
        needs.deleteByParticipantId(participantId);
    }

    private ParticipantNeed opened(ParticipantNeed stored) {
        return stored.note() == null ? stored : new ParticipantNeed(stored.id(), stored.participantId(), stored.code(),
                stored.level(), cipher.open(stored.note(), TABLE, NOTE, stored.id()), stored.disclose());
    }
}
