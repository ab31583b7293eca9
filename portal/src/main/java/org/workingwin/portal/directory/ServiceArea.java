package org.workingwin.portal.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.location.TrialArea;

/**
 * One of the nine local authorities Working Win serves, by the ONS code and name that
 * {@code location.PostcodeDirectory} gives a postcode, so a participant's postcode finds their area.
 */
public record ServiceArea(String code, String name) {

    /** The nine areas of {@link TrialArea}, by name. */
    public static final List<ServiceArea> ALL = TrialArea.LOCAL_AUTHORITIES.entrySet().stream()
            .map(e -> new ServiceArea(e.getKey(), e.getValue()))
            .sorted(java.util.Comparator.comparing(ServiceArea::name)).toList();

    public static Optional<ServiceArea> byCode(String code) {
        return ALL.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The areas' names in the order of {@link #ALL}, or "All nine areas" when every one is served. */
    public static String names(Collection<String> codes) {
        List<String> names = ALL.stream().filter(a -> codes.contains(a.code())).map(ServiceArea::name).toList();
        return names.size() == ALL.size() ? "All nine areas" : String.join(", ", names);
    }
}
