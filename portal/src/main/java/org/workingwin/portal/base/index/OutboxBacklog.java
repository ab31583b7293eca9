package org.workingwin.portal.base.index;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/** The changes an index has not applied yet: how many, and when the oldest was written (none: null). */
public record OutboxBacklog(long changes, @Nullable Instant oldestChangeAt) {

    /** How far the index is behind the database at {@code now}: zero when it has applied everything. */
    public Duration lag(Instant now) {
        return oldestChangeAt == null || oldestChangeAt.isAfter(now) ? Duration.ZERO
                : Duration.between(oldestChangeAt, now);
    }
}
