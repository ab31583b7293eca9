package org.workingwin.matching.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one searcher snapshot that match a query, as one bit set per segment, with their
 * exact number. It exists so that a query with costly hard rules (distance, ranges, exclusions)
 * evaluates them once: the same bits give the exact total and then serve, through {@link #filter()},
 * as the near-free filter of the ranked search that collects the page. Valid only with the searcher
 * it was collected from; not thread-safe to build, safe to read.
 */
public final class MatchingDocs {

    private final IndexSearcher searcher;
    private final FixedBitSet[] bits;
    private final long count;

    private MatchingDocs(IndexSearcher searcher, FixedBitSet[] bits, long count) {
        this.searcher = searcher;
        this.bits = bits;
        this.count = count;
    }

    /** Collects the documents of {@code searcher}'s snapshot that match {@code query}, without scoring. */
    public static MatchingDocs collect(IndexSearcher searcher, Query query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        searcher.search(query, new CollectorManager<Collector, Void>() {
            @Override
            public Collector newCollector() {
                return new Collector() {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) {
                        FixedBitSet leafBits = new FixedBitSet(context.reader().maxDoc());
                        bits[context.ord] = leafBits;
                        return new LeafCollector() {
                            @Override
                            public void setScorer(Scorable scorer) {
                                // Not scored.
                            }

                            @Override
                            public void collect(int doc) {
                                leafBits.set(doc);
                            }

                            @Override
                            public void collect(DocIdStream stream) throws IOException {
                                stream.forEach(leafBits::set);
                            }
                        };
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Void reduce(Collection<Collector> collectors) {
                return null;
            }
        });
        long count = 0;
        for (FixedBitSet leafBits : bits) {
            count += leafBits == null ? 0 : leafBits.cardinality();
        }
        return new MatchingDocs(searcher, bits, count);
    }

    /** The exact number of matching documents. */
    public long count() {
        return count;
    }

    /**
     * The matching documents of one segment of the searcher they were collected from, or null when
     * it has none. Callers must not change the bits.
     */
    public FixedBitSet bits(LeafReaderContext context) {
        FixedBitSet leafBits = bits[context.ord];
        return leafBits == null || leafBits.cardinality() == 0 ? null : leafBits;
    }

    /** Whether {@code other} is the searcher these documents were collected from. */
    public boolean sameSnapshot(IndexSearcher other) {
        return other.getIndexReader() == searcher.getIndexReader();
    }

    /**
     * A query matching exactly these documents with score 0, for use as a filter with the searcher
     * they were collected from. Never cached: it is only valid for this snapshot.
     */
    public Query filter() {
        return new BitsQuery();
    }

    private final class BitsQuery extends Query {
        @Override
        public Weight createWeight(IndexSearcher indexSearcher, ScoreMode scoreMode, float boost) {
            if (indexSearcher.getIndexReader() != searcher.getIndexReader()) {
                throw new IllegalStateException("Matching documents are only valid for the searcher that found them");
            }
            return new Weight(this) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                    FixedBitSet leafBits = bits[context.ord];
                    if (leafBits == null) {
                        return null;
                    }
                    long cost = leafBits.cardinality();
                    if (cost == 0) {
                        return null;
                    }
                    return new ScorerSupplier() {
                        @Override
                        public Scorer get(long leadCost) {
                            return new ConstantScoreScorer(0f, scoreMode, new BitSetIterator(leafBits, cost));
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
                public Explanation explain(LeafReaderContext context, int doc) {
                    FixedBitSet leafBits = bits[context.ord];
                    return leafBits != null && leafBits.get(doc)
                            ? Explanation.match(0f, "matches the collected documents")
                            : Explanation.noMatch("not among the collected documents");
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "MatchingDocs(" + count + ")";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
