package org.workingwin.matching.vacancy;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.workingwin.matching.geo.GeoPoint;

/**
 * The search index of published, open vacancies, owning one Lucene {@link IndexWriter} and one
 * near-real-time {@link SearcherManager} over a {@link Directory}. It exists so the portal can list and
 * filter vacancies without querying its database, while the database stays the source of truth: the
 * portal applies outbox entries with {@link #upsert} and {@link #delete}, then {@link #commit}s with
 * the outbox cursor it reached, so that after a crash {@link #checkpoint()} says where to resume; and
 * {@link #replaceAll} rebuilds the whole index on demand.
 *
 * <p>Title and description are analysed with Lucene's {@link EnglishAnalyzer} (standard tokeniser,
 * lower-casing, English stop words, possessive removal and Porter stemming), so "carers" finds
 * "carer" and "caring". Keywords are run through the same analyser and become plain term queries;
 * they are never parsed as query syntax, so nothing a person types can make a search fail.
 *
 * <p>Thread safety: any number of threads may search at once; changes are expected from one thread
 * (the outbox follower), and are serialised here anyway. Changes become visible to searches on
 * {@link #refresh()} or {@link #commit}, never half-way through {@link #replaceAll}.
 */
public final class VacancyIndex implements Closeable {

    /** Most distinct keyword terms a search uses; the rest of the text is ignored. */
    public static final int MAX_KEYWORD_TERMS = 64;

    /** How much more a keyword found in the title counts than one found in the description. */
    static final float TITLE_BOOST = 3f;

    // Field names. Sorting and filtering use points and doc values; lists read stored fields only.
    private static final String ID = "id";
    private static final String ID_ORDER = "id_order";
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    private static final String ORGANISATION = "organisation_name";
    private static final String OCCUPATION_CODE = "occupation_code";
    private static final String OCCUPATION_TITLE = "occupation_title";
    private static final String DISTRICT = "postcode_district";
    private static final String LOCAL_AUTHORITY = "local_authority";
    private static final String LOCATION = "location";
    private static final String LATITUDE = "latitude";
    private static final String LONGITUDE = "longitude";
    private static final String WORK_MODE = "work_mode";
    private static final String HOURS_MIN = "hours_min";
    private static final String HOURS_MAX = "hours_max";
    private static final String PATTERN = "pattern";
    private static final String CONTRACT = "contract_type";
    private static final String PAY_MIN = "pay_min";
    private static final String PAY_MAX = "pay_max";
    private static final String PAY_PERIOD = "pay_period";
    private static final String CLOSING_DAY = "closing_day";
    private static final String PUBLISHED = "published_at";
    private static final String PUBLISHED_SECOND = "published_second";
    private static final String PUBLISHED_NANO = "published_nano";
    private static final String ADJUSTMENT = "adjustment";
    private static final String DEMAND = "demand";

    // Commit user-data keys.
    private static final String CURSOR_KEY = "outboxCursor";
    private static final String TAXONOMY_KEY = "taxonomyVersion";

    // Half the Earth's circumference: a larger circle is the whole planet.
    private static final double MAX_RADIUS_METRES = Math.PI * GeoPoint.EARTH_RADIUS_KM * 1000;

    private static final Sort BY_RECENCY = new Sort(
            new SortField(PUBLISHED_SECOND, SortField.Type.LONG, true),
            new SortField(PUBLISHED_NANO, SortField.Type.LONG, true),
            new SortField(ID_ORDER, SortField.Type.LONG));
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(PUBLISHED_SECOND, SortField.Type.LONG, true),
            new SortField(PUBLISHED_NANO, SortField.Type.LONG, true),
            new SortField(ID_ORDER, SortField.Type.LONG));

    private final Directory directory;
    private final boolean ownsDirectory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile IndexWriter writer;
    private volatile SearcherManager searcherManager;
    private volatile Optional<IndexCheckpoint> checkpoint;

    /**
     * Opens the index in {@code directory}, creating an empty one if there is none. The caller keeps
     * ownership of the directory and closes it after this index.
     *
     * @throws IOException if the directory holds an index that cannot be read, or is locked by another
     *     writer ({@link org.apache.lucene.store.LockObtainFailedException})
     */
    public VacancyIndex(Directory directory) throws IOException {
        this(directory, false);
    }

    private VacancyIndex(Directory directory, boolean ownsDirectory) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        try {
            openWriterAndSearcher();
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(analyzer);
            throw e;
        }
    }

    /**
     * Opens (or creates) the index stored in {@code folder}. The returned index owns the directory
     * and closes it.
     *
     * @throws IOException if the folder holds an index that cannot be read (corrupt, or written by an
     *     incompatible Lucene version); the caller can then delete the folder and rebuild with
     *     {@link #replaceAll}. Note that a {@link org.apache.lucene.store.LockObtainFailedException},
     *     meaning another process has the index open, is an IOException too and must not lead to
     *     deleting the folder.
     */
    public static VacancyIndex open(Path folder) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        try {
            return new VacancyIndex(directory, true);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
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
            this.checkpoint = parseCheckpoint(newWriter.getLiveCommitData());
            this.writer = newWriter;
            this.searcherManager = newManager;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(newWriter);
            throw e;
        }
    }

    /** Adds the vacancy, or replaces the one with the same id. Visible after refresh or commit. */
    public void upsert(IndexedVacancy vacancy) throws IOException {
        Document document = toDocument(vacancy);
        writeLock.lock();
        try {
            writer.updateDocument(idTerm(vacancy.id()), document);
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes the vacancy if present. Visible after refresh or commit. */
    public void delete(long id) throws IOException {
        writeLock.lock();
        try {
            writer.deleteDocuments(idTerm(id));
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Makes every change so far durable together with the checkpoint it corresponds to, then makes
     * them visible to searches. The checkpoint is written even when no vacancy changed, so an outbox
     * of irrelevant entries still moves the cursor on.
     */
    public void commit(IndexCheckpoint checkpoint) throws IOException {
        writeLock.lock();
        try {
            commitLocked(checkpoint);
            searcherManager.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    private void commitLocked(IndexCheckpoint checkpoint) throws IOException {
        writer.setLiveCommitData(Map.of(
                CURSOR_KEY, Long.toString(checkpoint.outboxCursor()),
                TAXONOMY_KEY, Integer.toString(checkpoint.taxonomyVersion())).entrySet());
        writer.commit();
        this.checkpoint = Optional.of(checkpoint);
    }

    /** The checkpoint of the last successful commit; empty for an index never committed with one. */
    public Optional<IndexCheckpoint> checkpoint() {
        return checkpoint;
    }

    /**
     * Replaces the whole index with {@code all} and commits it with {@code checkpoint}. Searches keep
     * seeing the previous contents until the new ones are committed. If anything fails, including
     * the iterable itself (it may stream from a database), the index is rolled back to its last
     * commit and the failure is rethrown.
     */
    public void replaceAll(Iterable<IndexedVacancy> all, IndexCheckpoint checkpoint) throws IOException {
        writeLock.lock();
        try {
            try {
                writer.deleteAll();
                for (IndexedVacancy vacancy : all) {
                    writer.updateDocument(idTerm(vacancy.id()), toDocument(vacancy));
                }
                commitLocked(checkpoint);
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
    // refresh or commit, together with an outbox cursor that claims it is complete.
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

    /**
     * Number of vacancies the current searcher sees, including any whose closing date has passed but
     * which have not been deleted yet.
     */
    public int size() {
        try {
            return withSearcher(searcher -> searcher.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a public search. See the class comment for how keywords are treated. */
    public SearchPage search(VacancySearch search) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(LongPoint.newRangeQuery(CLOSING_DAY, search.today().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (search.near() != null && search.radiusKm() != null) {
            double metres = Math.min(search.radiusKm() * 1000, MAX_RADIUS_METRES);
            query.add(LatLonPoint.newDistanceQuery(
                    LOCATION, search.near().latitude(), search.near().longitude(), metres), Occur.FILTER);
        }
        Sort sort = BY_RECENCY;
        if (search.hasKeywords()) {
            Set<String> terms = keywordTerms(search.keywords());
            if (terms.isEmpty()) {
                // Only stop words or punctuation: showing every vacancy would look like a match.
                return new SearchPage(0, search.page(), search.pageSize(), List.of());
            }
            query.add(keywordQuery(terms), Occur.MUST);
            sort = BY_RELEVANCE;
        }
        return run(query.build(), sort, search);
    }

    private SearchPage run(Query query, Sort sort, VacancySearch search) throws IOException {
        return withSearcher(searcher -> {
            long offset = (long) search.page() * search.pageSize();
            int maxDoc = searcher.getIndexReader().maxDoc();
            if (offset >= maxDoc) {
                // Past the last possible hit: count only, never size a collector from the page number.
                return new SearchPage(searcher.count(query), search.page(), search.pageSize(), List.of());
            }
            int numHits = (int) Math.min(offset + search.pageSize(), maxDoc);
            TopFieldDocs top = searcher.search(
                    query, new TopFieldCollectorManager(sort, numHits, null, Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            List<VacancyHit> hits = new ArrayList<>();
            for (int i = (int) offset; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                hits.add(toHit(stored.document(scoreDoc.doc), search.near()));
            }
            return new SearchPage(top.totalHits.value(), search.page(), search.pageSize(), hits);
        });
    }

    private <T> T withSearcher(SearcherFunction<T> action) throws IOException {
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

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Distinct analysed terms of {@code text}, in order of first appearance, at most {@value #MAX_KEYWORD_TERMS}. */
    Set<String> keywordTerms(String text) throws IOException {
        String bounded = text;
        if (bounded.length() > VacancySearch.KEYWORDS_MAX_LENGTH) {
            int end = VacancySearch.KEYWORDS_MAX_LENGTH;
            if (Character.isHighSurrogate(bounded.charAt(end - 1))) {
                end--;
            }
            bounded = bounded.substring(0, end);
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(DESCRIPTION, bounded)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (terms.size() < MAX_KEYWORD_TERMS && tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    private static Query keywordQuery(Set<String> terms) {
        BooleanQuery.Builder keywords = new BooleanQuery.Builder();
        for (String term : terms) {
            keywords.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD);
            keywords.add(new TermQuery(new Term(DESCRIPTION, term)), Occur.SHOULD);
        }
        return keywords.build();
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    private static Document toDocument(IndexedVacancy v) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(v.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID_ORDER, v.id()));
        d.add(new TextField(TITLE, v.title(), Field.Store.YES));
        d.add(new TextField(DESCRIPTION, v.description(), Field.Store.NO));
        d.add(new StoredField(ORGANISATION, v.organisationName()));
        if (v.occupationCode() != null) {
            d.add(new StringField(OCCUPATION_CODE, v.occupationCode(), Field.Store.YES));
        }
        if (v.occupationTitle() != null) {
            d.add(new StoredField(OCCUPATION_TITLE, v.occupationTitle()));
        }
        d.add(new StringField(DISTRICT, v.postcodeDistrict(), Field.Store.YES));
        d.add(new StringField(LOCAL_AUTHORITY, v.localAuthority(), Field.Store.YES));
        double lat = v.location().latitude();
        double lon = v.location().longitude();
        d.add(new LatLonPoint(LOCATION, lat, lon));
        d.add(new LatLonDocValuesField(LOCATION, lat, lon));
        // Points are quantised; the stored doubles give the exact distance shown to people.
        d.add(new StoredField(LATITUDE, lat));
        d.add(new StoredField(LONGITUDE, lon));
        d.add(new StringField(WORK_MODE, v.workMode().name(), Field.Store.YES));
        d.add(new DoubleField(HOURS_MIN, v.hoursMin(), Field.Store.YES));
        d.add(new DoubleField(HOURS_MAX, v.hoursMax(), Field.Store.YES));
        for (String pattern : v.patterns()) {
            d.add(new StringField(PATTERN, pattern, Field.Store.YES));
        }
        d.add(new StringField(CONTRACT, v.contractType(), Field.Store.YES));
        if (v.payMin() != null) {
            d.add(new DoubleField(PAY_MIN, v.payMin(), Field.Store.YES));
        }
        if (v.payMax() != null) {
            d.add(new DoubleField(PAY_MAX, v.payMax(), Field.Store.YES));
        }
        if (v.payPeriod() != null) {
            d.add(new StringField(PAY_PERIOD, v.payPeriod(), Field.Store.YES));
        }
        long closingDay = v.closingDate().toEpochDay();
        d.add(new LongPoint(CLOSING_DAY, closingDay));
        d.add(new StoredField(CLOSING_DAY, closingDay));
        // Seconds and nanos separately: exact order and round trip for any Instant, no overflow.
        d.add(new NumericDocValuesField(PUBLISHED_SECOND, v.publishedAt().getEpochSecond()));
        d.add(new NumericDocValuesField(PUBLISHED_NANO, v.publishedAt().getNano()));
        d.add(new StoredField(PUBLISHED, v.publishedAt().toString()));
        for (String adjustment : v.adjustments()) {
            d.add(new StringField(ADJUSTMENT, adjustment, Field.Store.YES));
        }
        for (String demand : v.demands()) {
            d.add(new StringField(DEMAND, demand, Field.Store.YES));
        }
        return d;
    }

    private static VacancyHit toHit(Document d, GeoPoint near) {
        Double distanceKm = null;
        if (near != null) {
            GeoPoint location = new GeoPoint(number(d, LATITUDE), number(d, LONGITUDE));
            distanceKm = Math.round(near.distanceKm(location) * 10) / 10.0;
        }
        return new VacancyHit(
                Long.parseLong(d.get(ID)),
                d.get(TITLE),
                d.get(ORGANISATION),
                d.get(DISTRICT),
                d.get(LOCAL_AUTHORITY),
                WorkMode.valueOf(d.get(WORK_MODE)),
                number(d, HOURS_MIN),
                number(d, HOURS_MAX),
                d.get(CONTRACT),
                optionalNumber(d, PAY_MIN),
                optionalNumber(d, PAY_MAX),
                d.get(PAY_PERIOD),
                LocalDate.ofEpochDay(d.getField(CLOSING_DAY).numericValue().longValue()),
                Instant.parse(d.get(PUBLISHED)),
                distanceKm,
                Set.of(d.getValues(ADJUSTMENT)));
    }

    private static double number(Document d, String field) {
        return d.getField(field).numericValue().doubleValue();
    }

    private static Double optionalNumber(Document d, String field) {
        IndexableField value = d.getField(field);
        return value == null ? null : value.numericValue().doubleValue();
    }

    private static Optional<IndexCheckpoint> parseCheckpoint(Iterable<Map.Entry<String, String>> userData) {
        Map<String, String> data = new HashMap<>();
        if (userData != null) {
            userData.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        String cursor = data.get(CURSOR_KEY);
        String taxonomy = data.get(TAXONOMY_KEY);
        if (cursor == null || taxonomy == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexCheckpoint(Long.parseLong(cursor), Integer.parseInt(taxonomy)));
        } catch (IllegalArgumentException e) {
            // Unreadable means unknown: the caller then rebuilds, which is always safe.
            return Optional.empty();
        }
    }

    /**
     * Closes the searcher and the writer without committing: anything not committed is dropped, and
     * replayed from the outbox on the next start. Closes the directory only if {@link #open} made it.
     */
    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            IOUtils.close(searcherManager, writer, analyzer, ownsDirectory ? directory : null);
        } finally {
            writeLock.unlock();
        }
    }
}
