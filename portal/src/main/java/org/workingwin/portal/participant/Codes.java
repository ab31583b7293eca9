package org.workingwin.portal.participant;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of codes stored as one comma-separated column. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(String::strip).filter(c -> !c.isEmpty()).sorted()
                .distinct().collect(Collectors.joining(","));
    }

    static Set<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
