package org.workingwin.matching.geo;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Distance filters that agree to the last bit with {@link GeoPoint#distanceKm}. It exists because
 * Lucene's own point distance query works on points rounded to about a centimetre, so a vacancy on
 * the very edge of a participant's travel distance could be in reach one way round and out of reach
 * the other. {@link #within} walks the point index once and checks exactly only the points within a
 * metre of the edge (see {@link WithinDistanceQuery}). The other filter takes its radius from each
 * document, for the participant index, where every participant has their own travel distance: a
 * {@link LatLonPoint} prefilter with a little slack and the largest radius, then an exact check on
 * doubles stored as doc values, which runs only for documents that pass every cheaper clause and is
 * remembered per place ({@link DistanceCache}).
 */
public final class DistanceQueries {

    // Slack on the prefilter, so that point rounding never drops a document the exact check keeps.
    private static final double SLACK_FACTOR = 1.001;
    private static final double SLACK_METRES = 10;
    private static final double MAX_RADIUS_METRES = Math.PI * GeoPoint.EARTH_RADIUS_KM * 1000;

    private DistanceQueries() {}

    /**
     * The fields a point needs for these filters and for Lucene's distance sort and distance
     * feature: a point and a doc value under {@code field}, and the exact degrees as doc values
     * under {@code field + "_lat"} and {@code field + "_lon"}.
     */
    public static List<IndexableField> fields(String field, GeoPoint point) {
        return List.of(
                new LatLonPoint(field, point.latitude(), point.longitude()),
                new LatLonDocValuesField(field, point.latitude(), point.longitude()),
                new DoubleDocValuesField(field + "_lat", point.latitude()),
                new DoubleDocValuesField(field + "_lon", point.longitude()));
    }

    /** Documents whose point under {@code field} is at most {@code km} from {@code centre}. */
    public static Query within(String field, GeoPoint centre, double km) {
        return new WithinDistanceQuery(field, centre, km);
    }

    /**
     * Documents whose point under {@code field} is at most their own {@code radiusField} (a double
     * doc value, in km) from {@code centre}. {@code maxRadiusKm} must be at least every document's
     * radius; it bounds the prefilter.
     */
    public static Query withinOwnRadius(String field, String radiusField, GeoPoint centre, double maxRadiusKm) {
        return filtered(field, centre, maxRadiusKm, new Distance(field, centre, radiusField));
    }

    private static Query filtered(String field, GeoPoint centre, double km, Distance exact) {
        double metres = Math.min(km * 1000 * SLACK_FACTOR + SLACK_METRES, MAX_RADIUS_METRES);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(LatLonPoint.newDistanceQuery(field, centre.latitude(), centre.longitude(), metres), Occur.FILTER);
        // Without a radius field, the value is the distance and must be within km; with one, the value
        // is radius minus distance and must not be negative.
        query.add(new FunctionMatchQuery(exact, exact.radiusField == null ? d -> d <= km : d -> d >= 0), Occur.FILTER);
        return query.build();
    }

    // Distance in km from the centre, or the document's radius minus that distance.
    private static final class Distance extends DoubleValuesSource {
        private final String field;
        private final GeoPoint centre;
        private final String radiusField;

        Distance(String field, GeoPoint centre, String radiusField) {
            this.field = field;
            this.centre = centre;
            this.radiusField = radiusField;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
            NumericDocValues lat = DocValues.getNumeric(context.reader(), field + "_lat");
            NumericDocValues lon = DocValues.getNumeric(context.reader(), field + "_lon");
            NumericDocValues radius = radiusField == null ? null : DocValues.getNumeric(context.reader(), radiusField);
            // Documents share few places, so the arc sine runs once per place, not per document.
            DistanceCache distances = new DistanceCache(centre);
            return new DoubleValues() {
                private double value;

                @Override
                public double doubleValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    if (!lat.advanceExact(doc) || !lon.advanceExact(doc)) {
                        return false;
                    }
                    double km = distances.km(lat.longValue(), lon.longValue());
                    if (radius == null) {
                        value = km;
                        return true;
                    }
                    if (!radius.advanceExact(doc)) {
                        return false;
                    }
                    value = Double.longBitsToDouble(radius.longValue()) - km;
                    return true;
                }
            };
        }

        @Override
        public boolean needsScores() {
            return false;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher searcher) {
            return this;
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return radiusField == null
                    ? DocValues.isCacheable(context, field + "_lat", field + "_lon")
                    : DocValues.isCacheable(context, field + "_lat", field + "_lon", radiusField);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Distance d && d.field.equals(field) && d.centre.equals(centre)
                    && Objects.equals(d.radiusField, radiusField);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, centre, radiusField);
        }

        @Override
        public String toString() {
            String within = radiusField == null ? "" : " within " + radiusField;
            return "distance(" + field + " from " + centre + within + ")";
        }
    }
}
