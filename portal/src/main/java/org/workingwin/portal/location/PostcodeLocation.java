package org.workingwin.portal.location;

import org.workingwin.matching.geo.GeoPoint;

/**
 * Where a postcode is, to the precision we hold: its district (outcode), the district's centroid
 * and its main local authority. {@code postcode} is the tidied form the user typed (full or district).
 */
public record PostcodeLocation(String postcode, String district, GeoPoint point, String localAuthorityCode,
                               String localAuthority) {
}
