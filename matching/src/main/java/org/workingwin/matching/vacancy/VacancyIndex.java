package org.workingwin.matching.vacancy;

import static org.workingwin.matching.vacancy.VacancyFields.CLOSING_DAY;
import static org.workingwin.matching.vacancy.VacancyFields.DESCRIPTION;
import static org.workingwin.matching.vacancy.VacancyFields.FACETS;
import static org.workingwin.matching.vacancy.VacancyFields.HOURS_MAX;
import static org.workingwin.matching.vacancy.VacancyFields.HOURS_MIN;
import static org.workingwin.matching.vacancy.VacancyFields.ID_ORDER;
import static org.workingwin.matching.vacancy.VacancyFields.LOCATION;
import static org.workingwin.matching.vacancy.VacancyFields.PUBLISHED_NANO;
import static org.workingwin.matching.vacancy.VacancyFields.PUBLISHED_SECOND;
import static org.workingwin.matching.vacancy.VacancyFields.TITLE;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.index.IndexStore;
import org.workingwin.matching.index.MatchingDocs;
import org.workingwin.matching.profile.MatchWeights;
import org.workingwin.matching.profile.NeedRules;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.ProfileText;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.profile.ReasonWriter;
import org.workingwin.matching.profile.TextEvidence;
import org.workingwin.matching.synonym.JobTitleSynonyms;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.text.EnglishText;
import org.workingwin.matching.text.TextQueries;

/**
 * The search index of published, open vacancies, and the engine that matches them to participants.
 * It owns one Lucene index (through an {@link IndexStore}) over a {@link Directory}. It exists so the
 * portal can list, browse and match vacancies without querying its database, while the database stays
 * the source of truth: the portal applies outbox entries with {@link #upsert} and {@link #delete}, then
 * {@link #commit}s with the outbox cursor it reached, so that after a crash {@link #checkpoint()} says
 * where to resume; and {@link #replaceAll} rebuilds the whole index on demand.
 *
 * <p>Text is analysed with Lucene's English analysis (standard tokeniser, lower-casing, English stop
 * words, possessive removal and Porter stemming), so "carers" finds "carer" and "caring". Keywords go
 * through the same analysis and, at query time only, through the job-title synonyms of
 * {@link JobTitleSynonyms} against the title, so "carer" also finds "Support worker"; they are never
 * parsed as query syntax, so nothing a person types can make a search fail.
 *
 * <p>At index time each vacancy also gets, from the {@link Taxonomy}, one term per need its
 * adjustments meet and one per need it clashes with (a demand without a mitigating adjustment), so
 * that {@link #match}'s hard rules are single-term filters. The index must therefore be rebuilt when
 * the taxonomy changes, which the checkpoint's taxonomy version tells the portal; the checkpoint also
 * reads as empty for an index written with an older document layout, so the portal rebuilds it.
 *
 * <p>A match runs in two passes over one searcher snapshot: the hard rules alone, as filters, collect
 * the eligible vacancies into bit sets ({@link MatchingDocs}), which give the exact total; then the
 * ranked query scores only those, with text relevance as optional clauses and every other part of the
 * rank as one doc-value clause ({@link MatchRankQuery}), so Lucene's MaxScore algorithm can skip
 * vacancies that cannot reach the page. Segments keep their documents sorted by place (remote ones
 * first, then along a Z-order curve), so a participant's eligible vacancies sit in a few runs of
 * document ids; what a hit shows is read from one binary doc value rather than from compressed
 * stored fields. {@code benchmarks/} measures all this (see src/site/benchmarks.md).
 *
 * <p>Thread safety: any number of threads may search at once; changes are expected from one thread
 * (the outbox follower), and are serialised here anyway. Changes become visible to searches on
 * {@link #refresh()} or {@link #commit}, never half-way through {@link #replaceAll}.
 */
public final class VacancyIndex implements Closeable {

    /** Most distinct keyword terms a search uses; the rest of the text is ignored. */
    public static final int MAX_KEYWORD_TERMS = TextQueries.MAX_TERMS;

    /** How much more a keyword found in the title counts than one found in the description. */
    static final float TITLE_BOOST = MatchWeights.TITLE_BOOST;

    // Commit user-data keys. The layout changes whenever documents gain fields old ones lack.
    private static final String CURSOR_KEY = "outboxCursor";
    private static final String TAXONOMY_KEY = "taxonomyVersion";
    private static final String LAYOUT_KEY = "layout";
    private static final String LAYOUT = "vacancy-3";

    // Half the Earth's circumference: a larger circle is the whole planet.
    private static final double MAX_RADIUS_METRES = Math.PI * GeoPoint.EARTH_RADIUS_KM * 1000;

    private static final SortField[] NEWEST_THEN_ID = {
        new SortField(PUBLISHED_SECOND, SortField.Type.LONG, true),
        new SortField(PUBLISHED_NANO, SortField.Type.LONG, true),
        new SortField(ID_ORDER, SortField.Type.LONG)
    };
    private static final Sort BY_RECENCY = new Sort(NEWEST_THEN_ID);
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE, NEWEST_THEN_ID[0], NEWEST_THEN_ID[1], NEWEST_THEN_ID[2]);
    private static final Sort BY_SCORE_THEN_ID =
            new Sort(SortField.FIELD_SCORE, new SortField(ID_ORDER, SortField.Type.LONG));

    private final TextQueries text;
    private final Analyzer shingles;
    private final Analyzer analyzer;
    private final NeedRules rules;
    private final ReasonWriter reasons;
    private final IndexStore store;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    /**
     * Opens the index in {@code directory} with the shipped taxonomy, creating an empty index if there
     * is none. The caller keeps ownership of the directory and closes it after this index.
     *
     * @throws IOException if the directory holds an index that cannot be read, or is locked by another
     *     writer ({@link org.apache.lucene.store.LockObtainFailedException})
     */
    public VacancyIndex(Directory directory) throws IOException {
        this(directory, Taxonomy.loadDefault());
    }

    /** As {@link #VacancyIndex(Directory)}, deriving need terms from {@code taxonomy}. */
    public VacancyIndex(Directory directory, Taxonomy taxonomy) throws IOException {
        this(directory, false, taxonomy, JobTitleSynonyms.loadDefault());
    }

    /**
     * As {@link #VacancyIndex(Directory, Taxonomy)}, expanding queries with {@code synonyms} instead of
     * the shipped ones. Synonyms are used at query time only, so any index can be opened with any.
     */
    public VacancyIndex(Directory directory, Taxonomy taxonomy, JobTitleSynonyms synonyms) throws IOException {
        this(directory, false, taxonomy, synonyms);
    }

    private VacancyIndex(Directory directory, boolean ownsDirectory, Taxonomy taxonomy, JobTitleSynonyms synonyms)
            throws IOException {
        this.text = new TextQueries(synonyms);
        this.rules = new NeedRules(taxonomy);
        this.reasons = new ReasonWriter(rules);
        this.shingles = EnglishText.shingleAnalyzer();
        // Every text field gets the engine's English analysis; the title's shingle field its own.
        this.analyzer = new PerFieldAnalyzerWrapper(text.indexAnalyzer(),
                Map.of(VacancyFields.TITLE_SHINGLES, shingles));
        try {
            this.store = new IndexStore(directory, ownsDirectory, analyzer, VacancyFields.INDEX_SORT);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(text, shingles);
            throw e;
        }
    }

    /**
     * Opens (or creates) the index stored in {@code folder}, with the shipped taxonomy. The returned
     * index owns the directory and closes it.
     *
     * @throws IOException if the folder holds an index that cannot be read (corrupt, or written by an
     *     incompatible Lucene version); the caller can then delete the folder and rebuild with
     *     {@link #replaceAll}. Note that a {@link org.apache.lucene.store.LockObtainFailedException},
     *     meaning another process has the index open, is an IOException too and must not lead to
     *     deleting the folder.
     */
    public static VacancyIndex open(Path folder) throws IOException {
        return open(folder, Taxonomy.loadDefault());
    }

    /** As {@link #open(Path)}, deriving need terms from {@code taxonomy}. */
    public static VacancyIndex open(Path folder, Taxonomy taxonomy) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        try {
            return new VacancyIndex(directory, true, taxonomy, JobTitleSynonyms.loadDefault());
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** Adds the vacancy, or replaces the one with the same id. Visible after refresh or commit. */
    public void upsert(IndexedVacancy vacancy) throws IOException {
        store.update(VacancyFields.idTerm(vacancy.id()), VacancyFields.toDocument(vacancy, rules));
    }

    /** Removes the vacancy if present. Visible after refresh or commit. */
    public void delete(long id) throws IOException {
        store.delete(VacancyFields.idTerm(id));
    }

    /**
     * Makes every change so far durable together with the checkpoint it corresponds to, then makes
     * them visible to searches. The checkpoint is written even when no vacancy changed, so an outbox
     * of irrelevant entries still moves the cursor on.
     */
    public void commit(IndexCheckpoint checkpoint) throws IOException {
        store.commit(commitData(checkpoint));
    }

    /**
     * The checkpoint of the last successful commit; empty for an index never committed with one, or
     * written with an older document layout (so that the portal rebuilds it).
     */
    public Optional<IndexCheckpoint> checkpoint() {
        return parseCheckpoint(store.commitData());
    }

    /**
     * Replaces the whole index with {@code all} and commits it with {@code checkpoint}. Searches keep
     * seeing the previous contents until the new ones are committed. If anything fails, including
     * the iterable itself (it may stream from a database), the index is rolled back to its last
     * commit and the failure is rethrown.
     */
    public void replaceAll(Iterable<IndexedVacancy> all, IndexCheckpoint checkpoint) throws IOException {
        store.replaceAll(all, new IndexStore.Documents<>() {
            @Override
            public Term id(IndexedVacancy vacancy) {
                return VacancyFields.idTerm(vacancy.id());
            }

            @Override
            public Document document(IndexedVacancy vacancy) throws IOException {
                return VacancyFields.toDocument(vacancy, rules);
            }
        }, commitData(checkpoint));
    }

    /** Makes changes since the last refresh visible to searches, waiting if a refresh is running. */
    public void refresh() throws IOException {
        store.refresh();
    }

    /**
     * Number of vacancies the current searcher sees, including any whose closing date has passed but
     * which have not been deleted yet.
     */
    public int size() {
        return store.size();
    }

    /** Runs a public search. See the class comment for how keywords are treated. */
    public SearchPage search(VacancySearch search) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(LongPoint.newRangeQuery(CLOSING_DAY, search.today().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (search.near() != null && search.radiusKm() != null) {
            query.add(distanceFilter(search.near(), search.radiusKm()), Occur.FILTER);
        }
        Sort sort = BY_RECENCY;
        if (search.hasKeywords()) {
            Query keywords = text.keywords(search.keywords(), TITLE, TITLE_BOOST, DESCRIPTION);
            if (keywords == null) {
                // Only stop words or punctuation: showing every vacancy would look like a match.
                return new SearchPage(0, search.page(), search.pageSize(), List.of());
            }
            query.add(keywords, Occur.MUST);
            sort = BY_RELEVANCE;
        }
        Query built = query.build();
        Sort chosen = sort;
        return store.withSearcher(searcher -> {
            Top top = top(searcher, built, chosen, search.page(), search.pageSize());
            List<VacancyHit> hits = new ArrayList<>();
            for (IndexedVacancy v : VacancyFields.read(searcher, docs(top.page()))) {
                hits.add(VacancyFields.toHit(v, search.near()));
            }
            return new SearchPage(top.total(), search.page(), search.pageSize(), hits);
        });
    }

    /**
     * Vacancies for a participant, best first, each with its reasons. A vacancy is returned only if it
     * passes every hard rule: open on {@code today}; in a work mode the participant accepts; within
     * their travel distance of home unless remote (with no home, only remote vacancies); weekly hours
     * overlapping theirs, when they give hours; hourly-equivalent pay (see
     * {@link org.workingwin.matching.profile.PayRates}) at least their minimum, when both give pay;
     * every must-have need met by an offered adjustment; no demand that clashes with any of their
     * needs unless a mitigating adjustment is offered; and none of the demands they avoid. Avoided
     * demands are a hard rule because a participant who says "no night work" means it whatever is
     * offered. A must-have need the taxonomy does not know can never be met, so it rules out every
     * vacancy. The rank is described by {@link MatchWeights}; ties go to the lower id, so paging
     * through every page reaches each suggestion exactly once. Reasons are written for the page served
     * only.
     *
     * @param page 0-based; negative becomes 0
     * @param pageSize clamped to 1..{@value VacancySearch#MAX_PAGE_SIZE}
     */
    public MatchPage match(ParticipantProfile profile, LocalDate today, int page, int pageSize) throws IOException {
        return match(profile, today, Set.of(), page, pageSize);
    }

    /**
     * As {@link #match(ParticipantProfile, LocalDate, int, int)}, leaving out the vacancies in
     * {@code excluded} (those a specialist dismissed for this participant); totals and paging count
     * without them.
     */
    public MatchPage match(ParticipantProfile profile, LocalDate today, Set<Long> excluded, int page, int pageSize)
            throws IOException {
        int served = Math.max(0, page);
        int size = Math.clamp(pageSize, 1, VacancySearch.MAX_PAGE_SIZE);
        // Analysed once: for the query's synonyms and for the reasons' evidence.
        ProfileText profileText = ProfileText.of(profile, text);
        MatchQueries.ProfileQuery query = MatchQueries.forProfile(profile, profileText, today, text, rules.taxonomy());
        if (query == null) {
            return new MatchPage(0, served, size, List.of());
        }
        return store.withSearcher(searcher -> {
            // The hard rules run once: their bits give the exact total and filter the ranked search.
            MatchingDocs eligible = MatchingDocs.collect(searcher, withoutIds(query.rules(), excluded));
            long offset = (long) served * size;
            if (offset >= eligible.count()) {
                return new MatchPage(eligible.count(), served, size, List.of());
            }
            int numHits = (int) Math.min(offset + size, eligible.count());
            TopFieldDocs found = searcher.search(query.ranked(eligible),
                    new TopFieldCollectorManager(BY_SCORE_THEN_ID, numHits, null, numHits));
            List<ScoreDoc> hits = new ArrayList<>();
            for (int i = (int) offset; i < found.scoreDocs.length; i++) {
                hits.add(found.scoreDocs[i]);
            }
            Top top = new Top(eligible.count(), hits);
            DescriptionProbe description = new DescriptionProbe(searcher, docs(top.page()));
            List<IndexedVacancy> vacancies = VacancyFields.read(searcher, docs(top.page()));
            List<Match> matches = new ArrayList<>();
            for (int i = 0; i < vacancies.size(); i++) {
                ScoreDoc doc = top.page().get(i);
                IndexedVacancy vacancy = vacancies.get(i);
                List<String> titleTokens = text.tokens(vacancy.title(), TextQueries.MAX_TERMS);
                TextEvidence evidence = profileText.evidence(titleTokens, skill -> description.matches(skill, doc.doc));
                List<Reason> why = reasons.write(profile, vacancy, evidence);
                float score = (Float) ((FieldDoc) doc).fields[0];
                matches.add(new Match(VacancyFields.toHit(vacancy, profile.home()), score, why));
            }
            return new MatchPage(top.total(), served, size, matches);
        });
    }

    private static Query withoutIds(Query rules, Set<Long> excluded) {
        if (excluded.isEmpty()) {
            return rules;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(rules, Occur.FILTER);
        q.add(new TermInSetQuery(VacancyFields.ID,
                excluded.stream().map(id -> new BytesRef(Long.toString(id))).toList()), Occur.MUST_NOT);
        return q.build();
    }

    /**
     * A participant's or visitor's browse: filters, counts per filter value, sort and page. See
     * {@link BrowseQuery} for the filters and {@link BrowseResult} for how values are counted.
     */
    public BrowseResult browse(BrowseQuery browse) throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(LongPoint.newRangeQuery(CLOSING_DAY, browse.today().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (browse.near() != null && browse.radiusKm() != null) {
            base.add(distanceFilter(browse.near(), browse.radiusKm()), Occur.FILTER);
        }
        if (browse.hoursMax() != null) {
            base.add(DoubleField.newRangeQuery(HOURS_MIN, Double.NEGATIVE_INFINITY, browse.hoursMax()), Occur.FILTER);
        }
        if (browse.hoursMin() != null) {
            base.add(DoubleField.newRangeQuery(HOURS_MAX, browse.hoursMin(), Double.POSITIVE_INFINITY), Occur.FILTER);
        }
        for (String adjustment : browse.adjustments()) {
            base.add(new TermQuery(new Term(VacancyFields.ADJUSTMENT, adjustment)), Occur.FILTER);
        }
        Sort sort = BY_RECENCY;
        if (browse.hasKeywords()) {
            Query keywords = text.keywords(browse.keywords(), TITLE, TITLE_BOOST, DESCRIPTION);
            if (keywords == null) {
                return new BrowseResult(0, browse.page(), browse.pageSize(), List.of(), Map.of());
            }
            base.add(keywords, Occur.MUST);
            if (browse.sort() == BrowseSort.RELEVANCE) {
                sort = BY_RELEVANCE;
            }
        }
        if (browse.sort() == BrowseSort.DISTANCE && browse.near() != null) {
            sort = new Sort(LatLonDocValuesField.newDistanceSort(LOCATION, browse.near().latitude(),
                    browse.near().longitude()), new SortField(ID_ORDER, SortField.Type.LONG));
        }
        DrillDownQuery query = new DrillDownQuery(FACETS, base.build());
        for (WorkMode mode : browse.workModes()) {
            query.add(BrowseResult.WORK_MODE, mode.name());
        }
        for (String contract : browse.contractTypes()) {
            query.add(BrowseResult.CONTRACT_TYPE, contract);
        }
        for (String authority : browse.localAuthorities()) {
            query.add(BrowseResult.LOCAL_AUTHORITY, authority);
        }
        Sort chosen = sort;
        return store.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            SortedSetDocValuesReaderState state = facetState(reader);
            if (state == null) {
                return new BrowseResult(0, browse.page(), browse.pageSize(), List.of(), Map.of());
            }
            long offset = (long) browse.page() * browse.pageSize();
            int wanted = (int) Math.min(offset + browse.pageSize(), Math.max(1, reader.maxDoc()));
            // Facets count every match, so the hits are counted exactly in the same pass.
            DrillSideways sideways = new DrillSideways(searcher, FACETS, state);
            DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
                    sideways.search(query, new TopFieldCollectorManager(chosen, wanted, null, Integer.MAX_VALUE));
            TopFieldDocs top = result.collectorResult;
            int first = (int) Math.min(offset, top.scoreDocs.length);
            List<VacancyHit> hits = new ArrayList<>();
            for (IndexedVacancy v : VacancyFields.read(searcher,
                    docs(Arrays.asList(top.scoreDocs).subList(first, top.scoreDocs.length)))) {
                hits.add(VacancyFields.toHit(v, browse.near()));
            }
            return new BrowseResult(top.totalHits.value(), browse.page(), browse.pageSize(), hits,
                    facetCounts(result.facets));
        });
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        if (reader.maxDoc() == 0) {
            return null;
        }
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        facetState = new FacetState(reader, state);
        return state;
    }

    private static Map<String, List<FacetCount>> facetCounts(Facets facets) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : BrowseResult.DIMENSIONS) {
            FacetResult result;
            try {
                result = facets.getAllChildren(dimension);
            } catch (IllegalArgumentException e) {
                // No vacancy in this snapshot has ever had a value for the dimension.
                result = null;
            }
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    if (value.value.longValue() > 0) {
                        values.add(new FacetCount(value.label, value.value.longValue()));
                    }
                }
            }
            values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            counts.put(dimension, values);
        }
        return counts;
    }

    private static Query distanceFilter(GeoPoint near, double radiusKm) {
        double metres = Math.min(radiusKm * 1000, MAX_RADIUS_METRES);
        return LatLonPoint.newDistanceQuery(LOCATION, near.latitude(), near.longitude(), metres);
    }

    private static int[] docs(List<? extends ScoreDoc> hits) {
        int[] docs = new int[hits.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = hits.get(i).doc;
        }
        return docs;
    }

    /** The hits of one page, and the exact total, from one collection. */
    private record Top(long total, List<ScoreDoc> page) {}

    private static Top top(IndexSearcher searcher, Query query, Sort sort, int page, int pageSize) throws IOException {
        long offset = (long) page * pageSize;
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (offset >= maxDoc) {
            // Past the last possible hit: count only, never size a collector from the page number.
            return new Top(searcher.count(query), List.of());
        }
        int numHits = (int) Math.min(offset + pageSize, maxDoc);
        // Collecting only as many hits as needed lets Lucene skip documents that cannot reach the page;
        // the exact total then comes from a count, which filters without scoring anything.
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, numHits, null, numHits));
        List<ScoreDoc> hits = new ArrayList<>();
        for (int i = (int) offset; i < top.scoreDocs.length; i++) {
            hits.add(top.scoreDocs[i]);
        }
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value() : searcher.count(query);
        return new Top(total, hits);
    }

    /** Distinct analysed terms of {@code text}, in order of first appearance, at most {@value #MAX_KEYWORD_TERMS}. */
    Set<String> keywordTerms(String keywords) {
        return text.terms(keywords);
    }

    /**
     * Answers "does this vacancy's description contain this skill?" for the few vacancies of one page,
     * from the index itself, since descriptions are not stored. One phrase query per skill, run once
     * over the page: per segment, one scorer advanced through the page's documents in order.
     */
    private final class DescriptionProbe {
        private final IndexSearcher searcher;
        private final int[] page;
        private final Map<ProfileText.Skill, Set<Integer>> found = new HashMap<>();
        private final QueryBuilder phrases = new QueryBuilder(text.indexAnalyzer());

        DescriptionProbe(IndexSearcher searcher, int[] page) {
            this.searcher = searcher;
            this.page = page.clone();
            Arrays.sort(this.page);
        }

        boolean matches(ProfileText.Skill skill, int doc) {
            return found.computeIfAbsent(skill, this::pageDocsWith).contains(doc);
        }

        private Set<Integer> pageDocsWith(ProfileText.Skill skill) {
            Set<Integer> docs = new HashSet<>();
            Query phrase = phrases.createPhraseQuery(DESCRIPTION, skill.text());
            if (phrase == null) {
                return docs;
            }
            try {
                // Straight from the query, not through the searcher's query cache: a probe of a page.
                Weight weight = searcher.rewrite(phrase).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                int i = 0;
                while (i < page.length) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i], leaves));
                    int end = leaf.docBase + leaf.reader().maxDoc();
                    ScorerSupplier supplier = weight.scorerSupplier(leaf);
                    Scorer scorer = supplier == null ? null : supplier.get(page.length);
                    for (; i < page.length && page[i] < end; i++) {
                        if (scorer != null && contains(scorer, page[i] - leaf.docBase)) {
                            docs.add(page[i]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return docs;
        }

        private static boolean contains(Scorer scorer, int target) throws IOException {
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator approximation = twoPhase != null ? twoPhase.approximation() : scorer.iterator();
            int at = approximation.docID() < target ? approximation.advance(target) : approximation.docID();
            return at == target && (twoPhase == null || twoPhase.matches());
        }
    }

    private static Map<String, String> commitData(IndexCheckpoint checkpoint) {
        return Map.of(
                CURSOR_KEY, Long.toString(checkpoint.outboxCursor()),
                TAXONOMY_KEY, Integer.toString(checkpoint.taxonomyVersion()),
                LAYOUT_KEY, LAYOUT);
    }

    private static Optional<IndexCheckpoint> parseCheckpoint(Map<String, String> data) {
        String cursor = data.get(CURSOR_KEY);
        String taxonomy = data.get(TAXONOMY_KEY);
        if (cursor == null || taxonomy == null || !LAYOUT.equals(data.get(LAYOUT_KEY))) {
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
        try {
            store.close();
        } finally {
            IOUtils.closeWhileHandlingException(text, shingles);
        }
    }
}
