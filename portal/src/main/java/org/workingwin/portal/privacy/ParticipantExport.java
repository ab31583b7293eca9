package org.workingwin.portal.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal holds about one participant, table by table, health notes decrypted: the subject
 * access copy, shown as a page and given as JSON.
 */
public record ParticipantExport(long participantId, String name, String reference, Instant exportedAt,
                                List<Section> sections) {

    /** One table's rows about them; each row is column → value in the column order of the table. */
    public record Section(String key, String title, String table, List<Map<String, Object>> rows) {
    }
}
