package org.workingwin.matching.geo;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.DocIdSetBuilder;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;

/**
 * Documents whose point is at most a distance from a centre, decided exactly as
 * {@link GeoPoint#distanceKm} decides it, in one pass over the point index. It exists because the
 * straightforward form (Lucene's circle query, then an exact check of every candidate on doc values)
 * paid for a circle predicate per search and for a doc-value read and an arc sine per candidate. Here
 * the point index is walked within the circle's bounding box; each point, at the index's rounding of
 * about a centimetre, is plainly inside, plainly outside, or within a metre of the edge, and only the
 * last are checked on the exact degrees kept in doc values. Distances are remembered per place
 * ({@link DistanceCache}), since documents share few places. The result is a plain bit set, cheap to
 * intersect and cacheable by Lucene's query cache.
 */
final class WithinDistanceQuery extends Query {

    // Far more than the point encoding's rounding (under a centimetre), far less than any travel distance.
    private static final double EDGE_KM = 0.001;
    private static final double SLACK_FACTOR = 1.001;
    private static final double SLACK_METRES = 10;
    private static final double MAX_RADIUS_METRES = Math.PI * GeoPoint.EARTH_RADIUS_KM * 1000;

    private final String field;
    private final GeoPoint centre;
    private final double km;

    WithinDistanceQuery(String field, GeoPoint centre, double km) {
        this.field = Objects.requireNonNull(field);
        this.centre = Objects.requireNonNull(centre);
        this.km = km;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        double metres = Math.min(km * 1000 * SLACK_FACTOR + SLACK_METRES, MAX_RADIUS_METRES);
        Rectangle box = Rectangle.fromPointDistance(centre.latitude(), centre.longitude(), metres);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet matches = within(context.reader(), box);
                if (matches == null) {
                    return null;
                }
                long cost = matches.cardinality();
                if (cost == 0) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(matches, cost));
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return DocValues.isCacheable(ctx, field + "_lat", field + "_lon");
            }
        };
    }

    private FixedBitSet within(LeafReader reader, Rectangle box) throws IOException {
        PointValues points = reader.getPointValues(field);
        if (points == null || points.size() == 0) {
            return null;
        }
        FixedBitSet inside = new FixedBitSet(reader.maxDoc());
        // Few documents sit within a metre of the edge: kept in a growable list, not a second bit set.
        DocIdSetBuilder edge = new DocIdSetBuilder(reader.maxDoc());
        DistanceCache rounded = new DistanceCache(centre);
        points.intersect(new PointValues.IntersectVisitor() {
            @Override
            public void visit(int docID) {
                // Only called for cells reported inside, which this visitor never does; check exactly.
                edge.grow(1).add(docID);
            }

            @Override
            public void visit(int docID, byte[] packedValue) {
                Place place = classify(packedValue);
                if (place == Place.INSIDE) {
                    inside.set(docID);
                } else if (place == Place.EDGE) {
                    edge.grow(1).add(docID);
                }
            }

            @Override
            public void visit(DocIdSetIterator iterator, byte[] packedValue) throws IOException {
                // Many documents share one place: classify it once.
                Place place = classify(packedValue);
                if (place == Place.OUTSIDE) {
                    return;
                }
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (place == Place.INSIDE) {
                        inside.set(doc);
                    } else {
                        edge.grow(1).add(doc);
                    }
                }
            }

            private Place classify(byte[] packedValue) {
                double latitude = GeoEncodingUtils.decodeLatitude(NumericUtils.sortableBytesToInt(packedValue, 0));
                double longitude = GeoEncodingUtils.decodeLongitude(
                        NumericUtils.sortableBytesToInt(packedValue, Integer.BYTES));
                if (!inBox(latitude, longitude)) {
                    return Place.OUTSIDE;
                }
                double approximate = rounded.km(Double.doubleToRawLongBits(latitude),
                        Double.doubleToRawLongBits(longitude));
                if (approximate <= km - EDGE_KM) {
                    return Place.INSIDE;
                }
                return approximate > km + EDGE_KM ? Place.OUTSIDE : Place.EDGE;
            }

            @Override
            public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
                double minLat = GeoEncodingUtils.decodeLatitude(NumericUtils.sortableBytesToInt(minPackedValue, 0));
                double minLon = GeoEncodingUtils.decodeLongitude(
                        NumericUtils.sortableBytesToInt(minPackedValue, Integer.BYTES));
                double maxLat = GeoEncodingUtils.decodeLatitude(NumericUtils.sortableBytesToInt(maxPackedValue, 0));
                double maxLon = GeoEncodingUtils.decodeLongitude(
                        NumericUtils.sortableBytesToInt(maxPackedValue, Integer.BYTES));
                if (maxLat < box.minLat || minLat > box.maxLat) {
                    return PointValues.Relation.CELL_OUTSIDE_QUERY;
                }
                boolean lonOverlaps = box.crossesDateline()
                        ? maxLon >= box.minLon || minLon <= box.maxLon
                        : maxLon >= box.minLon && minLon <= box.maxLon;
                return lonOverlaps ? PointValues.Relation.CELL_CROSSES_QUERY : PointValues.Relation.CELL_OUTSIDE_QUERY;
            }

            private boolean inBox(double latitude, double longitude) {
                if (latitude < box.minLat || latitude > box.maxLat) {
                    return false;
                }
                return box.crossesDateline()
                        ? longitude >= box.minLon || longitude <= box.maxLon
                        : longitude >= box.minLon && longitude <= box.maxLon;
            }
        });
        DocIdSetIterator near = edge.build().iterator();
        if (near != null && near.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            NumericDocValues lat = DocValues.getNumeric(reader, field + "_lat");
            NumericDocValues lon = DocValues.getNumeric(reader, field + "_lon");
            DistanceCache exact = new DistanceCache(centre);
            for (int doc = near.docID(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = near.nextDoc()) {
                if (lat.advanceExact(doc) && lon.advanceExact(doc)
                        && exact.km(lat.longValue(), lon.longValue()) <= km) {
                    inside.set(doc);
                }
            }
        }
        return inside;
    }

    private enum Place { INSIDE, EDGE, OUTSIDE }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String ignored) {
        return "within(" + field + ", " + km + " km of " + centre.latitude() + "," + centre.longitude() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof WithinDistanceQuery q && q.field.equals(field)
                && q.centre.equals(centre) && Double.compare(q.km, km) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, centre, km);
    }
}
