package org.workingwin.matching.vacancy;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.workingwin.matching.geo.DistanceCache;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.index.MatchingDocs;
import org.workingwin.matching.profile.MatchWeights;

/**
 * Every part of a match's rank except text relevance, as one scoring clause that reads doc values:
 * wanted occupation, "would help" needs met, wanted sector, contract and pattern, nearness and
 * recency (see {@link MatchWeights}). It matches exactly the eligible vacancies, found beforehand by
 * the hard rules ({@link MatchingDocs}), so it changes no rule and scores nothing else. It exists
 * for speed: as a dozen separate clauses (constant scores, a point distance feature, a long distance
 * feature) every candidate paid for a dozen iterators in a disjunction; here it pays about three
 * doc-value reads (patterns, remote and needs met are bits of one value, {@link VacancyFields#RANK_BITS}),
 * distances are worked out once per place, and, because its score is bounded ({@link #maxScore()}),
 * Lucene stops looking at vacancies without a text match as soon as the page is full of better ones.
 * Not cacheable: it only scores.
 */
final class MatchRankQuery extends Query {

    private static final double PIVOT_KM = MatchWeights.DISTANCE_PIVOT_KM;
    private static final double RECENCY_PIVOT_SECONDS = MatchWeights.RECENCY_PIVOT_DAYS * 86_400.0;

    private final Set<String> occupations;
    private final Set<String> wouldHelpNeeds;
    private final long wouldHelpBits;
    private final boolean needsByBits;
    private final Set<String> sectorKeys;
    private final Set<String> contracts;
    private final Set<String> patterns;
    // Pattern preference by bits when every wanted pattern is a known one; otherwise by terms.
    private final boolean patternsByBits;
    private final long wantedPatternBits;
    private final long unwantedPatternBits;
    private final GeoPoint home;
    private final long endOfToday;
    private final float maxScore;
    private final MatchingDocs eligible;

    /**
     * @param occupations SOC codes wanted; empty for none
     * @param wouldHelpNeeds "would help" need codes the taxonomy knows
     * @param wouldHelpBits the same needs as {@link VacancyFields#rankBits} bits
     * @param needsByBits false when one of those needs has no bit (a taxonomy with very many needs), so
     *     that needs are read as terms instead
     * @param sectorKeys lower-cased sectors wanted
     * @param contracts contract types wanted
     * @param patterns patterns the participant can work; empty for no preference
     * @param home where distance is measured from; null when the participant has none
     * @param endOfToday epoch second recency is measured back from
     * @param eligible the documents to match and score
     */
    MatchRankQuery(Set<String> occupations, Set<String> wouldHelpNeeds, long wouldHelpBits, boolean needsByBits,
            Set<String> sectorKeys, Set<String> contracts, Set<String> patterns, GeoPoint home, long endOfToday,
            MatchingDocs eligible) {
        this.occupations = Set.copyOf(occupations);
        this.wouldHelpNeeds = Set.copyOf(wouldHelpNeeds);
        this.wouldHelpBits = wouldHelpBits;
        this.needsByBits = needsByBits;
        this.sectorKeys = Set.copyOf(sectorKeys);
        this.contracts = Set.copyOf(contracts);
        this.patterns = Set.copyOf(patterns);
        List<String> known = MatchQueries.KNOWN_PATTERNS;
        this.patternsByBits = known.containsAll(patterns);
        this.wantedPatternBits = VacancyFields.patternBits(patterns);
        this.unwantedPatternBits = VacancyFields.patternBits(known) & ~wantedPatternBits;
        this.home = home;
        this.endOfToday = endOfToday;
        this.eligible = eligible;
        double max = MatchWeights.RECENCY;
        max += occupations.isEmpty() ? 0 : MatchWeights.OCCUPATION;
        max += MatchWeights.WOULD_HELP_NEED * wouldHelpNeeds.size();
        max += sectorKeys.isEmpty() ? 0 : MatchWeights.SECTOR;
        max += contracts.isEmpty() ? 0 : MatchWeights.CONTRACT;
        max += patterns.isEmpty() ? 0 : MatchWeights.PATTERN;
        max += home == null ? 0 : MatchWeights.DISTANCE;
        // A little headroom, so that float rounding of a sum never exceeds the bound Lucene prunes by.
        this.maxScore = (float) (max * 1.0001 + 1e-6);
    }

    /** The highest score any document can get from this clause. */
    float maxScore() {
        return maxScore;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        if (!eligible.sameSnapshot(searcher)) {
            throw new IllegalStateException("The eligible vacancies were found with another searcher");
        }
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet docs = eligible.bits(context);
                if (docs == null) {
                    return null;
                }
                long cost = docs.cardinality();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        DocIdSetIterator iterator = new BitSetIterator(docs, cost);
                        return scoreMode.needsScores() ? new RankScorer(context.reader(), iterator, boost)
                                : new ConstantScoreScorer(0f, scoreMode, iterator);
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                FixedBitSet docs = eligible.bits(context);
                if (docs == null || !docs.get(doc)) {
                    return Explanation.noMatch("not eligible");
                }
                RankScorer scorer = new RankScorer(context.reader(), new BitSetIterator(docs, 1), boost);
                scorer.iterator().advance(doc);
                return Explanation.match(scorer.score(), "rank from doc values");
            }
        };
    }

    private final class RankScorer extends Scorer {
        private final DocIdSetIterator docs;
        private final float boost;
        private final NumericDocValues bits;
        private final SortedDocValues occupation;
        private final FixedBitSet occupationOrds;
        private final SortedSetDocValues meets;
        private final FixedBitSet meetsOrds;
        private final SortedDocValues sector;
        private final FixedBitSet sectorOrds;
        private final SortedDocValues contract;
        private final FixedBitSet contractOrds;
        private final SortedSetDocValues pattern;
        private final FixedBitSet wantedPatternOrds;
        private final FixedBitSet unwantedPatternOrds;
        private final SortedNumericDocValues location;
        private final DistanceCache distances;
        private final NumericDocValues published;
        // Documents are sorted by place, so the next one is often at the same place as the last.
        private long lastPlace;
        private double lastPlaceScore = Double.NaN;

        RankScorer(LeafReader reader, DocIdSetIterator docs, float boost) throws IOException {
            this.docs = docs;
            this.boost = boost;
            this.bits = DocValues.getNumeric(reader, VacancyFields.RANK_BITS);
            if (occupations.isEmpty()) {
                occupation = null;
                occupationOrds = null;
            } else {
                occupation = DocValues.getSorted(reader, VacancyFields.OCCUPATION_CODE);
                occupationOrds = ords(occupation, occupations);
            }
            if (wouldHelpNeeds.isEmpty() || needsByBits) {
                meets = null;
                meetsOrds = null;
            } else {
                meets = DocValues.getSortedSet(reader, VacancyFields.MEETS_NEED);
                meetsOrds = ords(meets, wouldHelpNeeds);
            }
            if (sectorKeys.isEmpty()) {
                sector = null;
                sectorOrds = null;
            } else {
                sector = DocValues.getSorted(reader, VacancyFields.SECTOR_KEY);
                sectorOrds = ords(sector, sectorKeys);
            }
            if (contracts.isEmpty()) {
                contract = null;
                contractOrds = null;
            } else {
                contract = DocValues.getSorted(reader, VacancyFields.CONTRACT);
                contractOrds = ords(contract, contracts);
            }
            if (patterns.isEmpty() || patternsByBits) {
                pattern = null;
                wantedPatternOrds = null;
                unwantedPatternOrds = null;
            } else {
                pattern = DocValues.getSortedSet(reader, VacancyFields.PATTERN);
                wantedPatternOrds = ords(pattern, patterns);
                Set<String> unwanted = new HashSet<>(MatchQueries.KNOWN_PATTERNS);
                unwanted.removeAll(patterns);
                unwantedPatternOrds = ords(pattern, unwanted);
            }
            if (home == null) {
                location = null;
                distances = null;
            } else {
                location = DocValues.getSortedNumeric(reader, VacancyFields.LOCATION);
                distances = new DistanceCache(home);
            }
            published = DocValues.getNumeric(reader, VacancyFields.PUBLISHED_SECOND);
        }

        @Override
        public int docID() {
            return docs.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return docs;
        }

        @Override
        public float getMaxScore(int upTo) {
            return maxScore * boost;
        }

        @Override
        public float score() throws IOException {
            int doc = docs.docID();
            long rank = bits.advanceExact(doc) ? bits.longValue() : 0;
            double score = 0;
            if (occupation != null && occupation.advanceExact(doc) && occupationOrds.get(occupation.ordValue())) {
                score += MatchWeights.OCCUPATION;
            }
            if (needsByBits) {
                score += MatchWeights.WOULD_HELP_NEED * Long.bitCount(rank & wouldHelpBits);
            } else if (meets != null && meets.advanceExact(doc)) {
                for (int i = 0; i < meets.docValueCount(); i++) {
                    if (meetsOrds.get((int) meets.nextOrd())) {
                        score += MatchWeights.WOULD_HELP_NEED;
                    }
                }
            }
            if (sector != null && sector.advanceExact(doc) && sectorOrds.get(sector.ordValue())) {
                score += MatchWeights.SECTOR;
            }
            if (contract != null && contract.advanceExact(doc) && contractOrds.get(contract.ordValue())) {
                score += MatchWeights.CONTRACT;
            }
            if (!patterns.isEmpty()) {
                score += fitsPatterns(doc, rank) ? MatchWeights.PATTERN : 0;
            }
            if (location != null) {
                if ((rank & (1L << VacancyFields.RANK_REMOTE_BIT)) != 0) {
                    score += MatchWeights.DISTANCE;
                } else if (location.advanceExact(doc)) {
                    score += placeScore(location.nextValue());
                }
            }
            if (published.advanceExact(doc)) {
                double age = Math.abs((double) endOfToday - published.longValue());
                score += MatchWeights.RECENCY * (RECENCY_PIVOT_SECONDS / (RECENCY_PIVOT_SECONDS + age));
            }
            return (float) (score * boost);
        }

        // The vacancy has one of the wanted patterns and no known pattern that is not wanted.
        private boolean fitsPatterns(int doc, long rank) throws IOException {
            if (patternsByBits) {
                return (rank & wantedPatternBits) != 0 && (rank & unwantedPatternBits) == 0;
            }
            if (!pattern.advanceExact(doc)) {
                return false;
            }
            boolean wanted = false;
            boolean unwanted = false;
            for (int i = 0; i < pattern.docValueCount(); i++) {
                int ord = (int) pattern.nextOrd();
                wanted |= wantedPatternOrds.get(ord);
                unwanted |= unwantedPatternOrds.get(ord);
            }
            return wanted && !unwanted;
        }

        // Nearness from the place's point encoding (rounded to about a centimetre), as Lucene's own
        // distance feature measures it.
        private double placeScore(long place) {
            if (place != lastPlace || Double.isNaN(lastPlaceScore)) {
                double latitude = GeoEncodingUtils.decodeLatitude((int) (place >>> 32));
                double longitude = GeoEncodingUtils.decodeLongitude((int) place);
                double km = distances.km(Double.doubleToRawLongBits(latitude), Double.doubleToRawLongBits(longitude));
                lastPlace = place;
                lastPlaceScore = MatchWeights.DISTANCE * (PIVOT_KM / (PIVOT_KM + km));
            }
            return lastPlaceScore;
        }
    }

    private static FixedBitSet ords(SortedDocValues values, Set<String> terms) throws IOException {
        FixedBitSet ords = new FixedBitSet(Math.max(1, values.getValueCount()));
        for (String term : terms) {
            int ord = values.lookupTerm(new BytesRef(term));
            if (ord >= 0) {
                ords.set(ord);
            }
        }
        return ords;
    }

    private static FixedBitSet ords(SortedSetDocValues values, Set<String> terms) throws IOException {
        FixedBitSet ords = new FixedBitSet((int) Math.max(1, values.getValueCount()));
        for (String term : terms) {
            long ord = values.lookupTerm(new BytesRef(term));
            if (ord >= 0) {
                ords.set((int) ord);
            }
        }
        return ords;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "MatchRank(occupations=" + occupations + ", wouldHelp=" + wouldHelpNeeds + ", sectors=" + sectorKeys
                + ", contracts=" + contracts + ", patterns=" + patterns + ", home=" + home + ", endOfToday="
                + endOfToday + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof MatchRankQuery q && q.occupations.equals(occupations)
                && q.wouldHelpNeeds.equals(wouldHelpNeeds) && q.wouldHelpBits == wouldHelpBits
                && q.needsByBits == needsByBits
                && q.sectorKeys.equals(sectorKeys) && q.contracts.equals(contracts) && q.patterns.equals(patterns)
                && Objects.equals(q.home, home) && q.endOfToday == endOfToday && q.eligible == eligible;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), occupations, wouldHelpNeeds, wouldHelpBits, sectorKeys, contracts, patterns,
                home, endOfToday, System.identityHashCode(eligible));
    }
}
