package org.workingwin.portal.base.index;

import java.util.List;
import java.util.Optional;

/**
 * What a search index reads from the database, the source of truth: the change log after a cursor,
 * and records in the engine's shape. Implemented by each feature that owns indexed records.
 */
public interface IndexSource<T> {

    List<OutboxChange> changesAfter(long cursor, int limit);

    long latestChange();

    /** The changes after {@code cursor}: how many and the time of the oldest (for metrics and readiness). */
    OutboxBacklog backlogAfter(long cursor);

    /** The record as the index should hold it, or empty when it must not be in the index. */
    Optional<T> indexable(long id);

    /** A page of indexable records with ids above {@code afterId}, in id order, for a rebuild. */
    List<T> indexableAfter(long afterId, int limit);

    long idOf(T item);

    /** How many records a rebuild will index, for its progress bar. */
    long countIndexable();
}
