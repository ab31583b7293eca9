package org.workingwin.portal.vacancy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Work patterns are stored as one comma-separated column: a handful of values, never queried alone. */
final class WorkPatterns {

    private WorkPatterns() {
    }

    static String format(Set<WorkPattern> patterns) {
        return patterns.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<WorkPattern> parse(String stored) {
        EnumSet<WorkPattern> result = EnumSet.noneOf(WorkPattern.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(WorkPattern::valueOf).forEach(result::add);
        }
        return result;
    }
}
