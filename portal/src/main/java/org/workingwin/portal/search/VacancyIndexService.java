package org.workingwin.portal.search;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.SearchPage;
import org.workingwin.matching.vacancy.VacancyIndex;
import org.workingwin.matching.vacancy.VacancySearch;
import org.workingwin.portal.vacancy.VacancyIndexFeed;

/**
 * Keeps the on-disk vacancy index equal to the database. The database is the source of truth: on start
 * a missing, unreadable or out-of-date index (another taxonomy version) is rebuilt, then the outbox is
 * applied from the index's own cursor; afterwards a background thread follows the outbox.
 */
@Context
public class VacancyIndexService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VacancyIndexService.class);

    private final VacancyIndexFeed feed;
    private final IndexConfiguration configuration;
    private final int taxonomyVersion;
    private final Path folder;
    private final ScheduledExecutorService follower;
    private volatile VacancyIndex index;

    VacancyIndexService(VacancyIndexFeed feed, IndexConfiguration configuration, Taxonomy taxonomy,
                        @Value("${portal.data-dir}") Path dataDir) {
        this.feed = feed;
        this.configuration = configuration;
        this.taxonomyVersion = taxonomy.version();
        this.folder = configuration.getFolder() != null ? configuration.getFolder() : dataDir.resolve("index");
        this.index = openOrRebuild();
        catchUp();
        this.follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vacancy-index-follower");
            thread.setDaemon(true);
            return thread;
        });
        long interval = configuration.getPollInterval().toMillis();
        follower.scheduleWithFixedDelay(this::followSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    public SearchPage search(VacancySearch search) {
        try {
            return index.search(search);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vacancy index", e);
        }
    }

    /** Applies every change after the index's cursor; returns how many were applied. */
    public synchronized int catchUp() {
        try {
            return applyOutbox();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot apply vacancy changes to the index", e);
        }
    }

    private int applyOutbox() throws IOException {
        int applied = 0;
        long cursor = index.checkpoint().map(IndexCheckpoint::outboxCursor).orElse(0L);
        List<VacancyIndexFeed.Change> changes;
        do {
            changes = feed.changesAfter(cursor, configuration.getBatchSize());
            for (VacancyIndexFeed.Change change : changes) {
                Optional<IndexedVacancy> current = feed.indexable(change.vacancyId());
                if (current.isPresent()) {
                    index.upsert(current.get());
                } else {
                    index.delete(change.vacancyId());
                }
                cursor = change.position();
                applied++;
            }
            if (!changes.isEmpty()) {
                index.commit(new IndexCheckpoint(cursor, taxonomyVersion));
            }
        } while (changes.size() == configuration.getBatchSize());
        return applied;
    }

    /** Rebuilds the whole index from the database; changes made meanwhile are applied by the follower. */
    public synchronized void rebuild() {
        try {
            index.replaceAll(allPublished(), new IndexCheckpoint(feed.latestChange(), taxonomyVersion));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the vacancy index", e);
        }
        LOG.info("Rebuilt the vacancy index: {} vacancies", index.size());
    }

    public int size() {
        return index.size();
    }

    public long cursor() {
        return index.checkpoint().map(IndexCheckpoint::outboxCursor).orElse(-1L);
    }

    private void followSafely() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Could not apply vacancy changes to the index; will retry: {}", e.toString());
        }
    }

    private VacancyIndex openOrRebuild() {
        VacancyIndex opened;
        try {
            Files.createDirectories(folder);
            opened = VacancyIndex.open(folder);
        } catch (LockObtainFailedException e) {
            // Another process has this index open: wiping it would destroy a live index.
            throw new IllegalStateException("The vacancy index at " + folder + " is in use by another process", e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The vacancy index at {} cannot be read ({}); rebuilding it from the database", folder,
                    e.toString());
            wipe(folder);
            try {
                opened = VacancyIndex.open(folder);
            } catch (IOException again) {
                throw new UncheckedIOException("Cannot create the vacancy index at " + folder, again);
            }
        }
        this.index = opened;
        Optional<IndexCheckpoint> checkpoint = opened.checkpoint();
        if (checkpoint.isEmpty() || checkpoint.get().taxonomyVersion() != taxonomyVersion) {
            rebuild();
        }
        return opened;
    }

    private Iterable<IndexedVacancy> allPublished() {
        return () -> new java.util.Iterator<>() {
            private long lastId;
            private java.util.Iterator<IndexedVacancy> page = java.util.Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<IndexedVacancy> next = feed.publishedAfter(lastId, configuration.getBatchSize());
                    exhausted = next.size() < configuration.getBatchSize();
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public IndexedVacancy next() {
                IndexedVacancy v = page.next();
                lastId = v.id();
                return v;
            }
        };
    }

    private static void wipe(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
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

    @PreDestroy
    @Override
    public void close() throws IOException {
        follower.shutdownNow();
        synchronized (this) {
            index.close();
        }
    }
}
