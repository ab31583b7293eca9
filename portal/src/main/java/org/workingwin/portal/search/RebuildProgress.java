package org.workingwin.portal.search;

import java.time.Instant;

/** Where a rebuild stands, for the administrator's progress bar. */
public record RebuildProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
                              String error) {

    static final RebuildProgress IDLE = new RebuildProgress(false, 0, 0, null, null, null);

    public double fraction() {
        return total == 0 ? (running ? 0 : 1) : Math.min(1.0, (double) done / total);
    }
}
