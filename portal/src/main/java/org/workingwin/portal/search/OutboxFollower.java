package org.workingwin.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.portal.base.index.IndexSource;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.base.index.OutboxChange;

/**
 * Keeps one on-disk index equal to the database. The database is the source of truth: on start a
 * missing, unreadable or out-of-date index (another taxonomy version) is rebuilt, then the outbox is
 * applied from the index's own cursor (stored in each index commit, so several nodes can follow one
 * log); afterwards a background thread follows the outbox.
 */
final class OutboxFollower<T, I extends FollowedIndex<T>> implements AutoCloseable {

    /** Opens (or creates) the index in a folder; throws when what is there cannot be read. */
    interface Opener<I> {
        I open(Path folder) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(OutboxFollower.class);

    private final String name;
    private final IndexSource<T> source;
    private final Path folder;
    private final int taxonomyVersion;
    private final int batchSize;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private volatile I index;
    private final Opener<I> opener;
    private final long pollMillis;
    private volatile RebuildProgress progress = RebuildProgress.IDLE;
    /** Why the last attempt to apply changes failed; null after a success. */
    private volatile String failure;

    OutboxFollower(String name, IndexSource<T> source, Opener<I> opener, Path folder, int taxonomyVersion,
                   IndexConfiguration configuration, Clock clock) {
        this.name = name;
        this.source = source;
        this.folder = folder;
        this.taxonomyVersion = taxonomyVersion;
        this.batchSize = configuration.getBatchSize();
        this.clock = clock;
        this.opener = opener;
        this.pollMillis = configuration.getPollInterval().toMillis();
        this.index = openOrWipe(opener);
        Optional<IndexCheckpoint> checkpoint = index.checkpoint();
        if (checkpoint.isEmpty() || checkpoint.get().taxonomyVersion() != taxonomyVersion) {
            rebuild();
        }
        catchUp();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-index-follower");
            t.setDaemon(true);
            return t;
        });
        long interval = configuration.getPollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::followSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    I index() {
        return index;
    }

    /** Applies every change after the index's cursor; returns how many were applied. */
    synchronized int catchUp() {
        try {
            int applied = applyChanges();
            failure = null;
            return applied;
        } catch (RuntimeException e) {
            // The index's own failures only: a database that does not answer is readiness's other check.
            if (e instanceof UncheckedIOException || causedBy(e, AlreadyClosedException.class)) {
                failure = describe(e);
            }
            throw e;
        }
    }

    /**
     * Why the index cannot apply the latest changes (its folder cannot be written, say), when the last
     * attempt failed: searches then show the index as it was. Empty when it is keeping up.
     */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private int applyChanges() {
        try {
            int applied = 0;
            long cursor = index.checkpoint().map(IndexCheckpoint::outboxCursor).orElse(0L);
            List<OutboxChange> changes;
            do {
                changes = source.changesAfter(cursor, batchSize);
                for (OutboxChange change : changes) {
                    Optional<T> current = source.indexable(change.id());
                    if (current.isPresent()) {
                        index.upsert(current.get());
                    } else {
                        index.delete(change.id());
                    }
                    cursor = change.position();
                    applied++;
                }
                if (!changes.isEmpty()) {
                    index.commit(new IndexCheckpoint(cursor, taxonomyVersion));
                }
            } while (changes.size() == batchSize);
            return applied;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot apply " + name + " changes to the index", e);
        }
    }

    /**
     * Rebuilds the whole index from the database. The cursor is read first, so a change committed
     * during the rebuild is applied again afterwards: applying a change twice is harmless.
     */
    synchronized void rebuild() {
        long cursor = source.latestChange();
        progress = new RebuildProgress(true, 0, source.countIndexable(), clock.instant(), null, null);
        try {
            index.replaceAll(counted(), new IndexCheckpoint(cursor, taxonomyVersion));
            progress = new RebuildProgress(false, progress.done(), progress.total(), progress.startedAt(),
                    clock.instant(), null);
            LOG.info("Rebuilt the {} index: {} records", name, index.size());
        } catch (IOException | RuntimeException e) {
            progress = new RebuildProgress(false, progress.done(), progress.total(), progress.startedAt(),
                    clock.instant(), "The rebuild failed: " + e.getMessage());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    RebuildProgress progress() {
        return progress;
    }

    int size() {
        return index.size();
    }

    OutboxBacklog backlog() {
        return source.backlogAfter(Math.max(0, cursor()));
    }

    long cursor() {
        return index.checkpoint().map(IndexCheckpoint::outboxCursor).orElse(-1L);
    }

    private Iterable<T> counted() {
        return () -> new Iterator<>() {
            private long lastId;
            private Iterator<T> page = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<T> next = source.indexableAfter(lastId, batchSize);
                    exhausted = next.size() < batchSize;
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                T item = page.next();
                lastId = source.idOf(item);
                RebuildProgress p = progress;
                progress = new RebuildProgress(true, p.done() + 1, Math.max(p.total(), p.done() + 1),
                        p.startedAt(), null, null);
                return item;
            }
        };
    }

    private void followSafely() {
        boolean failing = failure != null;
        try {
            catchUp();
            if (failing) {
                LOG.info("The {} index at {} applies changes again", name, folder);
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                LOG.warn("Could not apply {} changes to the index; will retry: {}", name, e.toString());
            } else if (!failing) {
                // Once per failure, not every poll: the index keeps retrying and says when it recovers.
                LOG.error("Cannot apply {} changes to the index at {}: {}. Searches show the index as it was; "
                        + "retrying every {} ms. Check that the folder exists and can be written.", name, folder,
                        failure, pollMillis);
            }
            reopenIfClosed(e);
        }
    }

    /**
     * A failed write (a full disk, a folder that cannot be written) can close the engine's writer for
     * good; opens the index again so that it recovers once the folder can be written.
     */
    private synchronized void reopenIfClosed(RuntimeException e) {
        if (!causedBy(e, AlreadyClosedException.class)) {
            return;
        }
        try {
            I fresh = opener.open(folder);
            I old = index;
            index = fresh;
            try {
                old.close();
            } catch (IOException | RuntimeException ignored) {
                // it was already broken
            }
        } catch (IOException | RuntimeException notYet) {
            LOG.debug("The {} index at {} cannot be opened again yet: {}", name, folder, notYet.toString());
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The deepest cause's type and message, for the log and the administrator: no stack trace. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root instanceof FileAlreadyExistsException ? "a file is in the way"
                : root instanceof AccessDeniedException ? "access denied"
                : root instanceof FileSystemException ? "the file system refused"
                : root.getClass().getSimpleName();
        return kind + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private I openOrWipe(Opener<I> opener) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            // Not an unreadable index to wipe: the folder itself cannot be made (a file in its place, no rights).
            throw new UncheckedIOException("Cannot create the " + name + " index folder at " + folder + " ("
                    + describe(e) + "): give the portal a folder it can write (WW_DATA_DIR)", e);
        }
        try {
            return opener.open(folder);
        } catch (LockObtainFailedException e) {
            // Another process has this index open: wiping it would destroy a live index.
            throw new IllegalStateException("The " + name + " index at " + folder + " is in use by another process", e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The {} index at {} cannot be read ({}); rebuilding it from the database", name, folder,
                    e.toString());
            wipe(folder);
            try {
                return opener.open(folder);
            } catch (IOException again) {
                throw new UncheckedIOException("Cannot create the " + name + " index at " + folder, again);
            }
        }
    }

    private static void wipe(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the unreadable index at " + folder, e);
        }
    }

    @Override
    public void close() throws IOException {
        thread.shutdownNow();
        synchronized (this) {
            index.close();
        }
    }
}
