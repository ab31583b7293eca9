package org.workingwin.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.portal.base.index.IndexSource;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.base.index.OutboxChange;

/**
 * An index whose folder cannot be written (found by bin/fault-drill: readiness said "up" for five minutes
 * while every change failed) reports why, and recovers once the folder can be written again.
 */
class OutboxFollowerFailureTest {

    private static final Path FOLDER = Path.of("/nowhere/index");

    /** Records in memory; commits fail while {@code writable} is false, as a folder the process cannot write. */
    static final class MemoryIndex implements FollowedIndex<Long> {
        final Map<Long, Long> committed = new TreeMap<>();
        final Map<Long, Long> pending = new TreeMap<>();
        IndexCheckpoint checkpoint;
        boolean writable = true;
        volatile boolean writerClosed;

        @Override
        public Optional<IndexCheckpoint> checkpoint() {
            return Optional.ofNullable(checkpoint);
        }

        @Override
        public void upsert(Long item) {
            if (writerClosed) {
                throw new org.apache.lucene.store.AlreadyClosedException("this IndexWriter is closed");
            }
            pending.put(item, item);
        }

        @Override
        public void delete(long id) {
            pending.remove(id);
        }

        @Override
        public void commit(IndexCheckpoint next) throws AccessDeniedException {
            if (!writable) {
                throw new AccessDeniedException(FOLDER.resolve("_3.cfs").toString());
            }
            committed.clear();
            committed.putAll(pending);
            checkpoint = next;
        }

        @Override
        public void replaceAll(Iterable<Long> all, IndexCheckpoint next) throws AccessDeniedException {
            pending.clear();
            all.forEach(id -> pending.put(id, id));
            commit(next);
        }

        @Override
        public int size() {
            return committed.size();
        }

        @Override
        public void close() {
        }
    }

    /** An outbox where every change makes record {@code id} indexable. */
    static final class Outbox implements IndexSource<Long> {
        final List<OutboxChange> changes = new java.util.concurrent.CopyOnWriteArrayList<>();

        void add(long id) {
            changes.add(new OutboxChange(changes.size() + 1, id));
        }

        @Override
        public List<OutboxChange> changesAfter(long cursor, int limit) {
            return changes.stream().filter(c -> c.position() > cursor).limit(limit).toList();
        }

        @Override
        public long latestChange() {
            return changes.size();
        }

        @Override
        public OutboxBacklog backlogAfter(long cursor) {
            return new OutboxBacklog(changes.size() - cursor, null);
        }

        @Override
        public Optional<Long> indexable(long id) {
            return Optional.of(id);
        }

        @Override
        public List<Long> indexableAfter(long afterId, int limit) {
            return changes.stream().map(OutboxChange::id).filter(id -> id > afterId).distinct().sorted().limit(limit)
                    .toList();
        }

        @Override
        public long idOf(Long item) {
            return item;
        }

        @Override
        public long countIndexable() {
            return changes.stream().map(OutboxChange::id).distinct().count();
        }
    }

    @Test
    void a_folder_that_cannot_be_written_is_reported_without_a_stack_trace_and_the_index_recovers() throws Exception {
        MemoryIndex index = new MemoryIndex();
        Outbox outbox = new Outbox();
        outbox.add(1);
        IndexConfiguration configuration = new IndexConfiguration();
        configuration.setPollInterval(Duration.ofHours(1));
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
        try (OutboxFollower<Long, MemoryIndex> follower = new OutboxFollower<>("vacancy", outbox, f -> index, FOLDER,
                1, configuration, clock)) {
            assertThat(follower.size()).isEqualTo(1);
            assertThat(follower.failure()).isEmpty();

            index.writable = false;
            outbox.add(2);
            assertThatThrownBy(follower::catchUp).isInstanceOf(UncheckedIOException.class);

            assertThat(follower.failure()).contains("access denied: /nowhere/index/_3.cfs");
            assertThat(follower.size()).as("searches keep the last commit").isEqualTo(1);

            index.writable = true;
            assertThat(follower.catchUp()).isEqualTo(1);
            assertThat(follower.failure()).isEmpty();
            assertThat(follower.size()).isEqualTo(2);
        }
    }

    @Test
    void a_file_where_the_index_folder_should_be_stops_the_start_with_a_clear_message_and_is_left_alone()
            throws Exception {
        Path file = java.nio.file.Files.createTempFile("index", ".txt");
        IndexConfiguration configuration = new IndexConfiguration();
        configuration.setPollInterval(Duration.ofHours(1));

        assertThatThrownBy(() -> new OutboxFollower<>("vacancy", new Outbox(), f -> new MemoryIndex(), file, 1,
                configuration, Clock.systemUTC()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot create the vacancy index folder at " + file + " (a file is in the way: " + file
                        + "): give the portal a folder it can write (WW_DATA_DIR)");
        assertThat(file).exists().hasContent("");
        java.nio.file.Files.delete(file);
    }

    @Test
    void an_index_whose_writer_a_failure_closed_is_opened_again_by_the_follower_thread() throws Exception {
        MemoryIndex broken = new MemoryIndex();
        MemoryIndex fresh = new MemoryIndex();
        List<MemoryIndex> opened = new ArrayList<>(List.of(broken, fresh));
        Outbox outbox = new Outbox();
        IndexConfiguration configuration = new IndexConfiguration();
        configuration.setPollInterval(Duration.ofMillis(20));
        try (OutboxFollower<Long, MemoryIndex> follower = new OutboxFollower<>("vacancy", outbox,
                f -> opened.removeFirst(), FOLDER, 1, configuration, Clock.systemUTC())) {
            broken.writerClosed = true;
            outbox.add(1);
            long deadline = System.currentTimeMillis() + 10_000;
            while (follower.index() != fresh && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(follower.index()).as("opened again").isSameAs(fresh);
            while (follower.size() != 1 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(follower.size()).isEqualTo(1);
            assertThat(follower.failure()).isEmpty();
        }
    }
}
