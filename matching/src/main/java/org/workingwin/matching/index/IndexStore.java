package org.workingwin.matching.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
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
 * {@link #replaceAll}.
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

    private final Directory directory;
    private final boolean ownsDirectory;
    private final Analyzer analyzer;
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
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.analyzer = analyzer;
        openWriterAndSearcher();
    }

    private void openWriterAndSearcher() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
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
                for (T item : all) {
                    writer.updateDocument(documents.id(item), documents.document(item));
                }
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
