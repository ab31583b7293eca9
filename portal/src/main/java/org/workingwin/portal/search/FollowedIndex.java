package org.workingwin.portal.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.workingwin.matching.vacancy.IndexCheckpoint;

/** The operations an outbox follower needs from an engine index (vacancies or participants). */
interface FollowedIndex<T> extends Closeable {

    Optional<IndexCheckpoint> checkpoint();

    void upsert(T item) throws IOException;

    void delete(long id) throws IOException;

    void commit(IndexCheckpoint checkpoint) throws IOException;

    void replaceAll(Iterable<T> all, IndexCheckpoint checkpoint) throws IOException;

    int size();
}
