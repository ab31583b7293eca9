package org.workingwin.matching.vacancy;

/**
 * What an index commit has caught up to. It exists because the database, not the index, is the
 * source of truth: after a crash or a restart the portal reads this back and replays the outbox from
 * {@code outboxCursor}, and rebuilds from scratch when {@code taxonomyVersion} no longer matches the
 * taxonomy it runs with.
 *
 * @param outboxCursor id of the last outbox entry applied to the index (0 before any)
 * @param taxonomyVersion version of the taxonomy the indexed codes were written with
 */
public record IndexCheckpoint(long outboxCursor, int taxonomyVersion) {
    public IndexCheckpoint {
        if (outboxCursor < 0) {
            throw new IllegalArgumentException("Outbox cursor must not be negative, not " + outboxCursor);
        }
        if (taxonomyVersion < 0) {
            throw new IllegalArgumentException("Taxonomy version must not be negative, not " + taxonomyVersion);
        }
    }
}
