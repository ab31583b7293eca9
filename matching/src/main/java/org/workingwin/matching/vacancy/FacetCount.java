package org.workingwin.matching.vacancy;

import java.util.Objects;

/**
 * How many vacancies have one value of a filter, such as 12 with the adjustment "flexible_start". It
 * exists so that the browse page can show a count beside every filter option, and grey out options
 * that would leave nothing.
 *
 * @param value the code or name as the index holds it
 * @param count number of vacancies with it (see {@link BrowseResult} for which set is counted)
 */
public record FacetCount(String value, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
    }
}
