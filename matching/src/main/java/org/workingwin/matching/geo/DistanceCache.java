package org.workingwin.matching.geo;

/**
 * Great-circle distances from one fixed centre, remembered per exact location. It exists because
 * matching computes the distance to every candidate document, while the documents sit at far fewer
 * distinct places (vacancies are placed at postcode-district centroids, so a million vacancies share
 * a few thousand points): the exact haversine ({@link GeoPoint#distanceKm(double, double, double,
 * double)}, with its arc sine) then runs once per place instead of once per document. A place is
 * keyed by the exact bits of its degrees, so a remembered distance is always the very double the
 * formula gives for that place. Small and fixed in size; one instance per search and per segment,
 * not thread-safe.
 */
public final class DistanceCache {

    // Enough for the places within any travel distance; a clash only means working one out again.
    private static final int SLOTS = 1 << 8;

    private final double centreLatitude;
    private final double centreLongitude;
    private final long[] latitudes = new long[SLOTS];
    private final long[] longitudes = new long[SLOTS];
    private final double[] distances = new double[SLOTS];
    private final boolean[] used = new boolean[SLOTS];

    public DistanceCache(GeoPoint centre) {
        this.centreLatitude = centre.latitude();
        this.centreLongitude = centre.longitude();
    }

    /** Kilometres from the centre to the place whose degrees have these bits (as doc values store them). */
    public double km(long latitudeBits, long longitudeBits) {
        long mixed = (latitudeBits * 0x9E3779B97F4A7C15L) ^ (longitudeBits * 0xC2B2AE3D27D4EB4FL);
        int slot = (int) (mixed >>> 56) & (SLOTS - 1);
        if (used[slot] && latitudes[slot] == latitudeBits && longitudes[slot] == longitudeBits) {
            return distances[slot];
        }
        double km = GeoPoint.distanceKm(centreLatitude, centreLongitude, Double.longBitsToDouble(latitudeBits),
                Double.longBitsToDouble(longitudeBits));
        used[slot] = true;
        latitudes[slot] = latitudeBits;
        longitudes[slot] = longitudeBits;
        distances[slot] = km;
        return km;
    }
}
