package org.workingwin.matching.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * One Lucene index's writer, near-real-time searcher and commit data, with the life cycle both the
 * vacancy and the participant index need: upsert and delete by id term, commit with the data saying
 * what the commit caught up to, rebuild everything atomically, refresh, and search on a snapshot. It
 * exists so that this delicate part (a failed rebuild must roll back to the last commit, and searches
 * running during it must never fail) is written and tested once.
 *
 * <p>Thread safety: any number of threads may search at once; changes are serialised here. Changes
 * become visible on {@link #refresh()} or {@link #commit}, never half-way through
 * {@link #replaceAll}, which builds and adds documents on several threads of its own while the
 * caller's thread reads the items, and leaves the rebuilt index in one segment.
 */
public final class IndexStore implements Closeable {

    /** A function of one searcher snapshot. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Turns one item into its id term and document, for {@link #replaceAll}. */
    public interface Documents<T> {
        Term id(T item);

        Iterable<? extends IndexableField> document(T item) throws IOException;
    }

    private static final double RAM_BUFFER_MB = 64;
    // A rebuild builds and adds documents on this many threads at most (bounded by the cores), in
    // batches of this many items.
    private static final int REBUILD_THREADS = 4;
    private static final int REBUILD_BATCH = 256;

    private final Directory directory;
    private final boolean ownsDirectory;
    private final Analyzer analyzer;
    private final Sort indexSort;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile IndexWriter writer;
    private volatile SearcherManager searcherManager;
    private volatile Map<String, String> commitData;

    /**
     * Opens the index in {@code directory}, creating an empty one if there is none. The analyser stays
     * the caller's to close; the directory is closed by {@link #close()} only if {@code ownsDirectory}.
     *
     * @throws IOException if the directory holds an index that cannot be read, or is locked by another
     *     writer ({@link org.apache.lucene.store.LockObtainFailedException})
     */
    public IndexStore(Directory directory, boolean ownsDirectory, Analyzer analyzer) throws IOException {
        this(directory, ownsDirectory, analyzer, null);
    }

    /**
     * As {@link #IndexStore(Directory, boolean, Analyzer)}, keeping every segment's documents in
     * {@code indexSort} order (null for none), so that documents a search wants together sit
     * together. An index in the directory written with another sort cannot be opened with this one:
     * it is of an older layout, so it is opened empty, with no commit data, and its old segments are
     * dropped at the next commit; its owner then rebuilds it, as for any other layout change.
     */
    public IndexStore(Directory directory, boolean ownsDirectory, Analyzer analyzer, Sort indexSort)
            throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.analyzer = analyzer;
        this.indexSort = indexSort;
        openWriterAndSearcher();
    }

    private void openWriterAndSearcher() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(sortedOtherwise() ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                // Larger than the default 16 MB: fewer, larger flushed segments mean less merging.
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        if (indexSort != null) {
            config.setIndexSort(indexSort);
        }
        IndexWriter newWriter = new IndexWriter(directory, config);
        try {
            // Opening the first reader here, not on first search, reads every segment's header now,
            // so a damaged index fails at open time where the caller can still rebuild it.
            SearcherManager newManager = new SearcherManager(newWriter, null);
            Map<String, String> data = new HashMap<>();
            if (newWriter.getLiveCommitData() != null) {
                newWriter.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            this.commitData = Map.copyOf(data);
            this.writer = newWriter;
            this.searcherManager = newManager;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(newWriter);
            throw e;
        }
    }

    // True when the directory's last commit has a segment sorted other than this store sorts.
    private boolean sortedOtherwise() throws IOException {
        if (indexSort == null || !DirectoryReader.indexExists(directory)) {
            return false;
        }
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            if (!indexSort.equals(segment.info.getIndexSort())) {
                return true;
            }
        }
        return false;
    }

    /** The user data of the last successful commit; empty for an index never committed with any. */
    public Map<String, String> commitData() {
        return commitData;
    }

    /** Adds the document, or replaces the one with the same id term. Visible after refresh or commit. */
    public void update(Term id, Iterable<? extends IndexableField> document) throws IOException {
        writeLock.lock();
        try {
            writer.updateDocument(id, document);
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes the document with this id term if present. Visible after refresh or commit. */
    public void delete(Term id) throws IOException {
        writeLock.lock();
        try {
            writer.deleteDocuments(id);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Makes every change so far durable together with {@code data}, then makes them visible to
     * searches. The data is written even when nothing changed.
     */
    public void commit(Map<String, String> data) throws IOException {
        writeLock.lock();
        try {
            commitLocked(data);
            searcherManager.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    private void commitLocked(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(Map.copyOf(data).entrySet());
        writer.commit();
        this.commitData = Map.copyOf(data);
    }

    /**
     * Replaces the whole index with {@code all} and commits it with {@code data}. Searches keep seeing
     * the previous contents until the new ones are committed. If anything fails, including the
     * iterable itself (it may stream from a database), the index is rolled back to its last commit and
     * the failure is rethrown.
     */
    public <T> void replaceAll(Iterable<T> all, Documents<T> documents, Map<String, String> data) throws IOException {
        writeLock.lock();
        try {
            try {
                writer.deleteAll();
                addAll(all, documents);
                // One segment: every search then sets up its scorers once instead of once per flushed
                // segment, which at 100k documents was a fifth of a match.
                writer.forceMerge(1);
                commitLocked(data);
            } catch (IOException | RuntimeException | Error e) {
                rollBackToLastCommit(e);
                throw e;
            }
            searcherManager.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Indexes every item, building and adding documents on up to {@link #REBUILD_THREADS} threads while
     * this one reads the items (a rebuild is mostly analysis, which parallelises well). Items with the
     * same id always go to the same thread, in order, so the last one wins as it would in one thread.
     * The first failure, of the items or of a document, stops everything and is rethrown as it was.
     */
    private <T> void addAll(Iterable<T> all, Documents<T> documents) throws IOException {
        int threads = Math.min(REBUILD_THREADS, Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            Set<Term> added = new HashSet<>();
            for (T item : all) {
                add(documents.id(item), documents.document(item), added);
            }
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<BlockingQueue<List<T>>> queues = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(4);
            queues.add(queue);
            Thread worker = new Thread(() -> index(queue, documents, failure), "index-rebuild-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            batches.add(new ArrayList<>(REBUILD_BATCH));
        }
        try {
            for (T item : all) {
                if (failure.get() != null) {
                    break;
                }
                int worker = Math.floorMod(documents.id(item).hashCode(), threads);
                List<T> batch = batches.get(worker);
                batch.add(item);
                if (batch.size() == REBUILD_BATCH) {
                    hand(queues.get(worker), batch, failure);
                    batches.set(worker, new ArrayList<>(REBUILD_BATCH));
                }
            }
            for (int i = 0; i < threads; i++) {
                if (!batches.get(i).isEmpty()) {
                    hand(queues.get(i), batches.get(i), failure);
                }
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            for (int i = 0; i < threads; i++) {
                // An empty batch tells a worker to stop; it always gets one, even after a failure.
                putUninterruptibly(queues.get(i), List.of());
            }
            for (Thread worker : workers) {
                joinUninterruptibly(worker);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof IOException io) {
            throw io;
        } else if (failed instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failed instanceof Error error) {
            throw error;
        } else if (failed != null) {
            throw new IOException(failed);
        }
    }

    private <T> void index(BlockingQueue<List<T>> queue, Documents<T> documents, AtomicReference<Throwable> failure) {
        Set<Term> added = new HashSet<>();
        while (true) {
            List<T> batch = takeUninterruptibly(queue);
            if (batch.isEmpty()) {
                return;
            }
            if (failure.get() != null) {
                continue; // drain until told to stop
            }
            try {
                for (T item : batch) {
                    add(documents.id(item), documents.document(item), added);
                }
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    // After deleteAll, the first document with an id needs no delete of older ones: adding it saves
    // Lucene buffering and resolving a delete per document. A repeated id still replaces the earlier one.
    private void add(Term id, Iterable<? extends IndexableField> document, Set<Term> added) throws IOException {
        if (added.add(id)) {
            writer.addDocument(document);
        } else {
            writer.updateDocument(id, document);
        }
    }

    // Waits for room, but gives up once a worker has failed (it may have stopped taking batches).
    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> batch, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the index", e);
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<List<T>> queue, List<T> item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> List<T> takeUninterruptibly(BlockingQueue<List<T>> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Workers stop only when told to, so that no batch is left half-done.
            }
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // Without this, the half-done rebuild (perhaps an empty index) would be published by the next
    // refresh or commit, together with commit data that claims it is complete.
    private void rollBackToLastCommit(Throwable cause) {
        SearcherManager oldManager = searcherManager;
        try {
            writer.rollback();
            openWriterAndSearcher();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        // Searches still holding the old searcher release it to the old manager, which allows that.
        IOUtils.closeWhileHandlingException(oldManager);
    }

    /** Makes changes since the last refresh visible to searches, waiting if a refresh is running. */
    public void refresh() throws IOException {
        writeLock.lock();
        try {
            searcherManager.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /** Number of live documents the current searcher sees. */
    public int size() {
        try {
            return withSearcher(searcher -> searcher.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code action} on the current searcher snapshot, released afterwards. */
    public <T> T withSearcher(SearcherFunction<T> action) throws IOException {
        while (true) {
            SearcherManager manager = searcherManager;
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException e) {
                // A failed replaceAll swapped in a new manager between the read and the acquire.
                if (manager == searcherManager) {
                    throw e;
                }
                continue;
            }
            try {
                return action.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        }
    }

    /**
     * Closes the searcher and the writer without committing: anything not committed is dropped.
     * Closes the directory only if this store owns it.
     */
    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            IOUtils.close(searcherManager, writer, ownsDirectory ? directory : null);
        } finally {
            writeLock.unlock();
        }
    }
}
