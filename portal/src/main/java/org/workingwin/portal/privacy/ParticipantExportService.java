package org.workingwin.portal.privacy;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.audit.HealthRecorder;
import org.workingwin.portal.base.crypto.HealthNoteCipher;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;

/**
 * Subject access: a copy of everything held about a participant, from every table in {@link PersonalData},
 * with the encrypted notes opened. Their specialist and administrators may export any record they may see;
 * a participant their own. Every export is a line of the health audit trail (EXPORT), in the same
 * transaction.
 */
@Singleton
public class ParticipantExportService {

    static final String WHAT = "data export";

    private final ParticipantService participants;
    private final Rows rows;
    private final HealthNoteCipher cipher;
    private final HealthRecorder audit;
    private final ObjectMapper json;
    private final Taxonomy taxonomy;
    private final Clock clock;

    ParticipantExportService(ParticipantService participants, Rows rows, HealthNoteCipher cipher, HealthRecorder audit,
                             ObjectMapper json, Taxonomy taxonomy, Clock clock) {
        this.participants = participants;
        this.rows = rows;
        this.cipher = cipher;
        this.audit = audit;
        this.json = json;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** The export of a participant on the actor's caseload (administrators: anyone). */
    @Transactional
    public ParticipantExport export(SignedInUser actor, long participantId) {
        participants.summary(actor, participantId);
        return build(actor, participantId);
    }

    /** The signed-in participant's own export. */
    @Transactional
    public ParticipantExport own(SignedInUser participant) {
        NotAllowedException.requireRole(participant, Role.PARTICIPANT);
        Participant self = participants.own(participant);
        return build(participant, self.id());
    }

    /** The export as a JSON document (UTF-8), what the "Download JSON" link and the API give. */
    public String toJson(ParticipantExport export) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("participantId", export.participantId());
        document.put("reference", export.reference());
        document.put("exportedAt", export.exportedAt().toString());
        Map<String, Object> tables = new LinkedHashMap<>();
        export.sections().forEach(s -> tables.put(s.key(), s.rows()));
        document.put("data", tables);
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParticipantExport build(SignedInUser actor, long participantId) {
        List<ParticipantExport.Section> sections = new ArrayList<>();
        for (PersonalData.Part part : PersonalData.PARTS) {
            List<Map<String, Object>> found = rows.query(part.sql(), participantId);
            found.forEach(row -> open(part.table(), row));
            if (part.table().equals("participant_need")) {
                // The need in words beside its code, so the person reading their copy knows what it says.
                found.forEach(row -> row.put("need", taxonomy.need(String.valueOf(row.get("code")))
                        .map(Need::label).orElse(String.valueOf(row.get("code")))));
            }
            sections.add(new ParticipantExport.Section(part.key(), part.title(), part.table(), found));
        }
        Map<String, Object> record = sections.getFirst().rows().getFirst();
        audit.record(actor, HealthAction.EXPORT, WHAT, participantId);
        return new ParticipantExport(participantId, record.get("first_name") + " " + record.get("last_name"),
                String.valueOf(record.get("reference")), clock.instant(), sections);
    }

    private void open(String table, Map<String, Object> row) {
        if (PersonalData.SEALED.stream().noneMatch(s -> s.table().equals(table))) {
            return;
        }
        long id = ((Number) row.get("id")).longValue();
        row.replaceAll((column, value) -> value instanceof String text && PersonalData.sealed(table, column)
                ? cipher.open(text, table, column, id) : value);
    }
}
