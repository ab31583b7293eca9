package org.workingwin.matching.vacancy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a browse, with the exact total and a count per filter value. It exists so that the
 * browse page can draw its pager and its filter counts from the same searcher snapshot as the hits.
 *
 * <p>Counts are "drill sideways" for the multi-select filters {@link #WORK_MODE},
 * {@link #CONTRACT_TYPE} and {@link #LOCAL_AUTHORITY}: each is counted over the vacancies matching
 * every other filter but not its own, so ticking "Remote" does not make the count of "Hybrid" drop
 * to zero; a count says how many more vacancies ticking that value would add. {@link #ADJUSTMENT}
 * and {@link #HOURS_BAND} are counted over the vacancies shown; since chosen adjustments must all be
 * offered, an adjustment's count is how many would remain if it were ticked too. Values are listed
 * by count, highest first, then by value; values with no vacancy are left out.
 *
 * @param facets counts per dimension, always with all five dimensions as keys, in the order of the
 *     constants here
 */
public record BrowseResult(long total, int page, int pageSize, List<VacancyHit> hits,
        Map<String, List<FacetCount>> facets) {

    /** Facet dimension of {@link WorkMode} names. */
    public static final String WORK_MODE = "work_mode";

    /** Facet dimension of contract-type codes. */
    public static final String CONTRACT_TYPE = "contract_type";

    /** Facet dimension of local-authority names. */
    public static final String LOCAL_AUTHORITY = "local_authority";

    /** Facet dimension of adjustment codes. */
    public static final String ADJUSTMENT = "adjustment";

    /**
     * Facet dimension of weekly-hours bands, {@link #UNDER_16_HOURS}, {@link #FROM_16_TO_29_HOURS}
     * and {@link #FROM_30_HOURS}; a vacancy counts in every band its hours range overlaps.
     */
    public static final String HOURS_BAND = "hours_band";

    /** Hours band: the range starts below 16 hours a week. */
    public static final String UNDER_16_HOURS = "UNDER_16";

    /** Hours band: the range overlaps 16 to 29.99 hours a week. */
    public static final String FROM_16_TO_29_HOURS = "16_TO_29";

    /** Hours band: the range reaches 30 hours a week or more. */
    public static final String FROM_30_HOURS = "30_AND_OVER";

    /** Every dimension, in the order {@link #facets} lists them. */
    public static final List<String> DIMENSIONS =
            List.of(WORK_MODE, CONTRACT_TYPE, LOCAL_AUTHORITY, ADJUSTMENT, HOURS_BAND);

    public BrowseResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            copy.put(dimension, List.copyOf(facets.getOrDefault(dimension, List.of())));
        }
        facets = Collections.unmodifiableMap(copy);
    }

    /** Number of pages needed to show every match; 0 when nothing matched. */
    public long pageCount() {
        return (total + pageSize - 1) / pageSize;
    }
}
