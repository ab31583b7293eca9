package org.workingwin.portal.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One of the nine local authorities Working Win serves, by the ONS code and name that
 * {@code location.PostcodeDirectory} gives a postcode, so a participant's postcode finds their area.
 */
public record ServiceArea(String code, String name) {

    /** The nine areas, by name. */
    public static final List<ServiceArea> ALL = List.of(
            new ServiceArea("E08000038", "Barnsley"),
            new ServiceArea("E07000171", "Bassetlaw"),
            new ServiceArea("E07000033", "Bolsover"),
            new ServiceArea("E07000034", "Chesterfield"),
            new ServiceArea("E07000035", "Derbyshire Dales"),
            new ServiceArea("E08000017", "Doncaster"),
            new ServiceArea("E07000038", "North East Derbyshire"),
            new ServiceArea("E08000018", "Rotherham"),
            new ServiceArea("E08000039", "Sheffield"));

    public static Optional<ServiceArea> byCode(String code) {
        return ALL.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The areas' names in the order of {@link #ALL}, or "All nine areas" when every one is served. */
    public static String names(Collection<String> codes) {
        List<String> names = ALL.stream().filter(a -> codes.contains(a.code())).map(ServiceArea::name).toList();
        return names.size() == ALL.size() ? "All nine areas" : String.join(", ", names);
    }
}
