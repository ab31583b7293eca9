package org.workingwin.portal.participant;

import java.time.Instant;
import java.util.List;

/** One kept edit as the record's page shows it: when, who, and the changed fields. */
public record RevisionView(Instant at, String by, List<String> changes) {
}
