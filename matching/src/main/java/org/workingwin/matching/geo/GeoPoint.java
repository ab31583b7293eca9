package org.workingwin.matching.geo;

/**
 * A place on the Earth in WGS84 degrees, such as a postcode-district centroid. It exists so that
 * coordinates travel as one checked value (a latitude of 200 is rejected where it is made, not where a
 * distance comes out wrong) and so that the distance shown to a participant is computed one way
 * everywhere.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius (IUGG), the usual choice for great-circle distances. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        // The negated form also rejects NaN.
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90, not " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180, not " + longitude);
        }
    }

    /**
     * Great-circle distance by the haversine formula. A sphere is within about 0.5% of the ellipsoid,
     * which is far finer than the district-centroid precision the portal works at.
     */
    public double distanceKm(GeoPoint other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    /**
     * {@link #distanceKm(GeoPoint)} on raw degrees, for loops over index values that should not make
     * a point per document. Gives exactly the same double as the instance method.
     */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double lat1 = Math.toRadians(latitude1);
        double lat2 = Math.toRadians(latitude2);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(longitude2 - longitude1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        // min() guards asin against rounding just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
