package org.workingwin.portal.location;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nine local authorities of the Sheffield City Region trial (South Yorkshire, Bassetlaw and four
 * districts of Derbyshire), by ONS code as the postcode data names them.
 */
public final class TrialArea {

    public static final Map<String, String> LOCAL_AUTHORITIES = localAuthorities();

    private TrialArea() {
    }

    public static boolean includes(String localAuthorityCode) {
        return LOCAL_AUTHORITIES.containsKey(localAuthorityCode);
    }

    private static Map<String, String> localAuthorities() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("E08000038", "Barnsley");
        areas.put("E08000017", "Doncaster");
        areas.put("E08000018", "Rotherham");
        areas.put("E08000039", "Sheffield");
        areas.put("E07000171", "Bassetlaw");
        areas.put("E07000033", "Bolsover");
        areas.put("E07000034", "Chesterfield");
        areas.put("E07000035", "Derbyshire Dales");
        areas.put("E07000038", "North East Derbyshire");
        return java.util.Collections.unmodifiableMap(areas);
    }
}
