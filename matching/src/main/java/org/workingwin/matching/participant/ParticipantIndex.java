package org.workingwin.matching.participant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.workingwin.matching.geo.DistanceQueries;
import org.workingwin.matching.index.IndexStore;
import org.workingwin.matching.profile.MatchWeights;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.NeedRules;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.PayRates;
import org.workingwin.matching.profile.ProfileText;
import org.workingwin.matching.profile.ReasonWriter;
import org.workingwin.matching.profile.TextEvidence;
import org.workingwin.matching.synonym.JobTitleSynonyms;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.text.TextQueries;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.VacancySearch;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * The index of participant profiles, for the reverse direction of matching: participants for a
 * vacancy. It owns one Lucene index (through an {@link IndexStore}) over its own {@link Directory},
 * and follows the same life cycle as the vacancy index ({@link #upsert}, {@link #delete},
 * {@link #commit} with a checkpoint, {@link #replaceAll}), so the portal keeps it in step with its
 * database the same way. It exists so that a specialist can see, when a vacancy is published, which
 * participants it suits, under exactly the hard rules that decide whether the vacancy is suggested to
 * each participant: a participant is a candidate for a vacancy if and only if the vacancy index would
 * suggest that vacancy to that participant.
 *
 * <p>Each profile's rules are indexed as terms (accepted work modes, must-have needs, all needs,
 * avoided demands) and numbers (hours, minimum pay, travel distance), so a vacancy's facts become
 * single-term exclusions: for example "no participant with a must-have need this vacancy does not
 * meet". Travel distance differs per participant, so it is checked in two steps: a point-distance
 * prefilter with the largest travel distance in the index, then an exact check of each remaining
 * participant's own distance. The profile itself is stored (as JSON) for the reasons of the page
 * served; it holds coded needs, never notes.
 *
 * <p>Thread safety: as {@link org.workingwin.matching.vacancy.VacancyIndex}.
 */
public final class ParticipantIndex implements Closeable {

    // Field names.
    private static final String ID = "id";
    private static final String ID_ORDER = "id_order";
    private static final String PROFILE = "profile";
    private static final String WANTED_ROLES = "wanted_roles";
    private static final String SKILLS = "skills";
    private static final String OCCUPATION = "occupation";
    private static final String SECTOR_KEY = "sector_key";
    private static final String WORK_MODE = "work_mode";
    private static final String HOME = "home";
    private static final String MAX_TRAVEL = "max_travel_km";
    private static final String MAX_TRAVEL_POINT = "max_travel_km_point";
    private static final String HOURS_MIN = "hours_min";
    private static final String HOURS_MAX = "hours_max";
    private static final String MIN_PAY = "min_hourly_pay";
    private static final String MUST_NEED = "must_need";
    private static final String NEED = "need";
    private static final String WOULD_NEED = "would_need";
    private static final String AVOIDS = "avoids";
    private static final String CONTRACT = "contract_type";
    private static final String PATTERN = "pattern";

    // A must-have need the taxonomy does not know can never be met: marked so no vacancy suits.
    private static final String UNKNOWN_NEED = "?unknown";

    private static final String CURSOR_KEY = "outboxCursor";
    private static final String TAXONOMY_KEY = "taxonomyVersion";
    private static final String LAYOUT_KEY = "layout";
    private static final String LAYOUT = "participant-1";

    private static final Sort BY_SCORE_THEN_ID =
            new Sort(SortField.FIELD_SCORE, new SortField(ID_ORDER, SortField.Type.LONG));
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final TextQueries text;
    private final NeedRules rules;
    private final ReasonWriter reasons;
    private final IndexStore store;

    /**
     * Opens the index in {@code directory} with the shipped taxonomy and synonyms, creating an empty
     * index if there is none. The caller keeps ownership of the directory.
     *
     * @throws IOException if the directory holds an index that cannot be read, or is locked
     */
    public ParticipantIndex(Directory directory) throws IOException {
        this(directory, Taxonomy.loadDefault(), JobTitleSynonyms.loadDefault());
    }

    /** As {@link #ParticipantIndex(Directory)}, with this taxonomy. */
    public ParticipantIndex(Directory directory, Taxonomy taxonomy) throws IOException {
        this(directory, taxonomy, JobTitleSynonyms.loadDefault());
    }

    /** As {@link #ParticipantIndex(Directory)}, with this taxonomy and these synonyms. */
    public ParticipantIndex(Directory directory, Taxonomy taxonomy, JobTitleSynonyms synonyms) throws IOException {
        this(directory, false, taxonomy, synonyms);
    }

    private ParticipantIndex(Directory directory, boolean ownsDirectory, Taxonomy taxonomy, JobTitleSynonyms synonyms)
            throws IOException {
        this.text = new TextQueries(synonyms);
        this.rules = new NeedRules(taxonomy);
        this.reasons = new ReasonWriter(rules);
        try {
            this.store = new IndexStore(directory, ownsDirectory, text.indexAnalyzer());
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    /**
     * Opens (or creates) the index stored in {@code folder}; the returned index owns the directory.
     * Failures are as for {@link org.workingwin.matching.vacancy.VacancyIndex#open(Path)}.
     */
    public static ParticipantIndex open(Path folder) throws IOException {
        return open(folder, Taxonomy.loadDefault());
    }

    /** As {@link #open(Path)}, with this taxonomy. */
    public static ParticipantIndex open(Path folder, Taxonomy taxonomy) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        try {
            return new ParticipantIndex(directory, true, taxonomy, JobTitleSynonyms.loadDefault());
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** Adds the profile, or replaces the one with the same id. Visible after refresh or commit. */
    public void upsert(ParticipantProfile profile) throws IOException {
        store.update(idTerm(profile.id()), toDocument(profile));
    }

    /** Removes the participant if present. Visible after refresh or commit. */
    public void delete(long id) throws IOException {
        store.delete(idTerm(id));
    }

    /** Makes every change durable with the checkpoint it corresponds to, then visible. */
    public void commit(IndexCheckpoint checkpoint) throws IOException {
        store.commit(Map.of(
                CURSOR_KEY, Long.toString(checkpoint.outboxCursor()),
                TAXONOMY_KEY, Integer.toString(checkpoint.taxonomyVersion()),
                LAYOUT_KEY, LAYOUT));
    }

    /** The checkpoint of the last commit; empty if never committed or written with another layout. */
    public Optional<IndexCheckpoint> checkpoint() {
        Map<String, String> data = store.commitData();
        String cursor = data.get(CURSOR_KEY);
        String taxonomy = data.get(TAXONOMY_KEY);
        if (cursor == null || taxonomy == null || !LAYOUT.equals(data.get(LAYOUT_KEY))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexCheckpoint(Long.parseLong(cursor), Integer.parseInt(taxonomy)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Replaces every profile and commits; rolled back to the last commit if anything fails. */
    public void replaceAll(Iterable<ParticipantProfile> all, IndexCheckpoint checkpoint) throws IOException {
        store.replaceAll(all, new IndexStore.Documents<>() {
            @Override
            public Term id(ParticipantProfile profile) {
                return idTerm(profile.id());
            }

            @Override
            public Document document(ParticipantProfile profile) throws IOException {
                return toDocument(profile);
            }
        }, Map.of(
                CURSOR_KEY, Long.toString(checkpoint.outboxCursor()),
                TAXONOMY_KEY, Integer.toString(checkpoint.taxonomyVersion()),
                LAYOUT_KEY, LAYOUT));
    }

    /** Makes changes since the last refresh visible. */
    public void refresh() throws IOException {
        store.refresh();
    }

    /** Number of participants the current searcher sees. */
    public int size() {
        return store.size();
    }

    /**
     * Participants the vacancy suits, best first, each with the reasons, under the same hard rules as
     * {@link org.workingwin.matching.vacancy.VacancyIndex#match} seen from the vacancy's side: the
     * participant accepts its work mode; it is within the participant's own travel distance unless
     * remote; hours overlap; pay is at least their minimum when both give pay; every must-have need of
     * theirs is met; none of their needs clashes with an unmitigated demand; none of its demands is
     * one they avoid. A vacancy that closed before {@code today} has no candidates. The rank uses the
     * weights of {@link MatchWeights} (without recency, which is about vacancies); ties go to the
     * lower participant id.
     *
     * @param page 0-based; negative becomes 0
     * @param pageSize clamped to 1..{@value VacancySearch#MAX_PAGE_SIZE}
     */
    public CandidatePage candidates(IndexedVacancy vacancy, LocalDate today, int page, int pageSize)
            throws IOException {
        int served = Math.max(0, page);
        int size = Math.clamp(pageSize, 1, VacancySearch.MAX_PAGE_SIZE);
        if (vacancy.closingDate().isBefore(today)) {
            return new CandidatePage(0, served, size, List.of());
        }
        return store.withSearcher(searcher -> {
            Query query = query(vacancy, searcher);
            if (query == null) {
                return new CandidatePage(0, served, size, List.of());
            }
            long offset = (long) served * size;
            int maxDoc = searcher.getIndexReader().maxDoc();
            if (offset >= maxDoc) {
                return new CandidatePage(searcher.count(query), served, size, List.of());
            }
            int numHits = (int) Math.min(offset + size, maxDoc);
            // As in the vacancy index: collect only what the page needs, count the total separately.
            TopFieldDocs top = searcher.search(query,
                    new TopFieldCollectorManager(BY_SCORE_THEN_ID, numHits, null, numHits));
            long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value() : searcher.count(query);
            List<Candidate> candidates = new ArrayList<>();
            if (offset < top.scoreDocs.length) {
                List<String> titleTokens = text.tokens(vacancy.title(), TextQueries.MAX_TERMS);
                List<String> descriptionTokens = text.documentTokens(vacancy.description());
                StoredFields stored = searcher.storedFields();
                for (int i = (int) offset; i < top.scoreDocs.length; i++) {
                    ScoreDoc doc = top.scoreDocs[i];
                    ParticipantProfile profile = readProfile(stored.document(doc.doc, Set.of(PROFILE)));
                    TextEvidence evidence = ProfileText.of(profile, text).evidence(titleTokens,
                            skill -> TextQueries.containsSequence(descriptionTokens, skill.tokens()));
                    float score = (Float) ((FieldDoc) doc).fields[0];
                    candidates.add(new Candidate(profile.id(), score, reasons.write(profile, vacancy, evidence)));
                }
            }
            return new CandidatePage(total, served, size, candidates);
        });
    }

    /** The candidate query, or null when no participant can be in reach. */
    private Query query(IndexedVacancy v, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(WORK_MODE, v.workMode().name())), Occur.FILTER);
        if (v.workMode() != WorkMode.REMOTE) {
            OptionalDouble furthest = furthestTravel(searcher);
            if (furthest.isEmpty()) {
                return null;
            }
            q.add(DistanceQueries.withinOwnRadius(HOME, MAX_TRAVEL, v.location(), furthest.getAsDouble()),
                    Occur.FILTER);
        }
        q.add(DoubleField.newRangeQuery(HOURS_MIN, Double.NEGATIVE_INFINITY, v.hoursMax()), Occur.FILTER);
        q.add(DoubleField.newRangeQuery(HOURS_MAX, v.hoursMin(), Double.POSITIVE_INFINITY), Occur.FILTER);
        OptionalDouble hourly = PayRates.vacancyHourly(v.payMin(), v.payMax(), v.payPeriod());
        if (hourly.isPresent()) {
            q.add(DoubleField.newRangeQuery(MIN_PAY, Math.nextUp(hourly.getAsDouble()), Double.POSITIVE_INFINITY),
                    Occur.MUST_NOT);
        }
        Set<String> met = rules.needsMet(v.adjustments());
        for (Need need : rules.taxonomy().needs()) {
            if (!met.contains(need.code())) {
                q.add(new TermQuery(new Term(MUST_NEED, need.code())), Occur.MUST_NOT);
            }
        }
        q.add(new TermQuery(new Term(MUST_NEED, UNKNOWN_NEED)), Occur.MUST_NOT);
        Set<String> conflicting = rules.needsInConflict(v.adjustments(), v.demands());
        if (!conflicting.isEmpty()) {
            q.add(anyOf(NEED, conflicting), Occur.MUST_NOT);
        }
        if (!v.demands().isEmpty()) {
            q.add(anyOf(AVOIDS, v.demands()), Occur.MUST_NOT);
        }
        addRanking(q, v, met);
        return q.build();
    }

    private void addRanking(BooleanQuery.Builder q, IndexedVacancy v, Set<String> met) {
        Query title = text.keywords(v.title(), WANTED_ROLES, MatchWeights.TITLE_BOOST, SKILLS);
        if (title != null) {
            q.add(new BoostQuery(title, MatchWeights.TEXT), Occur.SHOULD);
        }
        Query description = TextQueries.anyTerm(text.terms(v.description()), SKILLS, 1f);
        if (description != null) {
            q.add(new BoostQuery(description, MatchWeights.TEXT), Occur.SHOULD);
        }
        if (v.occupationCode() != null) {
            q.add(constant(new TermQuery(new Term(OCCUPATION, v.occupationCode())), MatchWeights.OCCUPATION),
                    Occur.SHOULD);
        }
        for (String need : met) {
            q.add(constant(new TermQuery(new Term(WOULD_NEED, need)), MatchWeights.WOULD_HELP_NEED), Occur.SHOULD);
        }
        if (v.sector() != null) {
            q.add(constant(new TermQuery(new Term(SECTOR_KEY, sectorKey(v.sector()))), MatchWeights.SECTOR),
                    Occur.SHOULD);
        }
        q.add(constant(new TermQuery(new Term(CONTRACT, v.contractType())), MatchWeights.CONTRACT), Occur.SHOULD);
        if (!v.patterns().isEmpty()) {
            BooleanQuery.Builder fits = new BooleanQuery.Builder();
            for (String pattern : v.patterns()) {
                fits.add(new TermQuery(new Term(PATTERN, pattern)), Occur.FILTER);
            }
            q.add(constant(fits.build(), MatchWeights.PATTERN), Occur.SHOULD);
        }
        if (v.workMode() != WorkMode.REMOTE) {
            q.add(LatLonPoint.newDistanceFeatureQuery(HOME, MatchWeights.DISTANCE, v.location().latitude(),
                    v.location().longitude(), MatchWeights.DISTANCE_PIVOT_KM * 1000), Occur.SHOULD);
        }
    }

    /** The largest travel distance of any participant with a home, from the points' index metadata. */
    private static OptionalDouble furthestTravel(IndexSearcher searcher) throws IOException {
        double furthest = Double.NEGATIVE_INFINITY;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PointValues points = leaf.reader().getPointValues(MAX_TRAVEL_POINT);
            if (points != null && points.size() > 0) {
                furthest = Math.max(furthest, DoublePoint.decodeDimension(points.getMaxPackedValue(), 0));
            }
        }
        return furthest == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(furthest);
    }

    private Document toDocument(ParticipantProfile p) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(p.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID_ORDER, p.id()));
        d.add(new StoredField(PROFILE, JSON.writeValueAsBytes(p)));
        if (p.wantedRoles() != null) {
            d.add(new TextField(WANTED_ROLES, p.wantedRoles(), Field.Store.NO));
        }
        if (p.skills() != null) {
            d.add(new TextField(SKILLS, p.skills(), Field.Store.NO));
        }
        p.occupationCodes().forEach(code -> d.add(new StringField(OCCUPATION, code, Field.Store.NO)));
        p.sectors().forEach(sector -> d.add(new StringField(SECTOR_KEY, sectorKey(sector), Field.Store.NO)));
        p.workModes().forEach(mode -> d.add(new StringField(WORK_MODE, mode.name(), Field.Store.NO)));
        if (p.home() != null) {
            for (IndexableField field : DistanceQueries.fields(HOME, p.home())) {
                d.add(field);
            }
            d.add(new DoubleDocValuesField(MAX_TRAVEL, p.maxTravelKm()));
            d.add(new DoublePoint(MAX_TRAVEL_POINT, p.maxTravelKm()));
        }
        // Open-ended hours become infinite bounds, so the overlap test needs no special case.
        double hoursMin = p.hoursMin() == null ? Double.NEGATIVE_INFINITY : p.hoursMin();
        double hoursMax = p.hoursMax() == null ? Double.POSITIVE_INFINITY : p.hoursMax();
        d.add(new DoubleField(HOURS_MIN, hoursMin, Field.Store.NO));
        d.add(new DoubleField(HOURS_MAX, hoursMax, Field.Store.NO));
        if (p.minimumHourlyPay() != null) {
            d.add(new DoubleField(MIN_PAY, p.minimumHourlyPay(), Field.Store.NO));
        }
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            d.add(new StringField(NEED, need.getKey(), Field.Store.NO));
            if (need.getValue() == NeedLevel.MUST_HAVE) {
                boolean known = rules.taxonomy().need(need.getKey()).isPresent();
                d.add(new StringField(MUST_NEED, known ? need.getKey() : UNKNOWN_NEED, Field.Store.NO));
            } else {
                d.add(new StringField(WOULD_NEED, need.getKey(), Field.Store.NO));
            }
        }
        p.demandsToAvoid().forEach(demand -> d.add(new StringField(AVOIDS, demand, Field.Store.NO)));
        p.contractTypes().forEach(contract -> d.add(new StringField(CONTRACT, contract, Field.Store.NO)));
        p.patterns().forEach(pattern -> d.add(new StringField(PATTERN, pattern, Field.Store.NO)));
        return d;
    }

    private static ParticipantProfile readProfile(Document d) throws IOException {
        BytesRef json = d.getBinaryValue(PROFILE);
        return JSON.readValue(json.bytes, json.offset, json.length, ParticipantProfile.class);
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    private static String sectorKey(String sector) {
        return sector.toLowerCase(Locale.ROOT);
    }

    private static Query anyOf(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query constant(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }

    /** Closes the searcher and the writer without committing; the directory only if {@link #open} made it. */
    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            text.close();
        }
    }
}
