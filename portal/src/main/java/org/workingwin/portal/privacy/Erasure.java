package org.workingwin.portal.privacy;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A tombstone: which record was deleted, why, by whom (null: the retention job) and when. No personal data. */
public record Erasure(long participantId, String reference, ErasureReason reason, @Nullable String erasedBy,
                      Instant erasedAt) {
}
