package org.workingwin.matching.vacancy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.workingwin.matching.geo.GeoPoint;

/**
 * A participant's or visitor's browse of published vacancies: keywords, a distance, hours, filters
 * with counts, a sort and a page. It exists as one value so that the browse view, its JSON API and the
 * tests ask the index the same question. Within one filter the chosen values are alternatives (any
 * of the chosen work modes), except {@code adjustments}, where the vacancy must offer all of them.
 * Paging is corrected here as in {@link VacancySearch}: a negative page becomes 0 and the page size
 * is clamped to 1..{@value VacancySearch#MAX_PAGE_SIZE}.
 *
 * @param keywords free text, treated as in {@link VacancySearch}: never parsed as query syntax, job-title
 *     synonyms included; null or blank for no keyword filter
 * @param near centre of the distance filter, distance sort and shown distances; may be null
 * @param radiusKm distance filter around {@code near}; none when null or when {@code near} is null.
 *     Remote vacancies are filtered by distance like any other here: browsing is about places
 * @param hoursMin keep vacancies whose weekly hours range reaches at least this; null for no limit
 * @param hoursMax keep vacancies whose weekly hours range starts at or below this; null for no limit
 * @param workModes keep vacancies in any of these modes; empty for all
 * @param contractTypes keep vacancies with any of these contract types; empty for all
 * @param localAuthorities keep vacancies in any of these local authorities; empty for all
 * @param adjustments keep vacancies that offer every one of these adjustment codes; empty for all
 * @param sort the order; null means {@link BrowseSort#RELEVANCE}
 * @param today the day the browse runs; vacancies closing before it are never returned
 * @param page 0-based page number
 * @param pageSize hits per page
 */
public record BrowseQuery(
        String keywords,
        GeoPoint near,
        Double radiusKm,
        Double hoursMin,
        Double hoursMax,
        Set<WorkMode> workModes,
        Set<String> contractTypes,
        Set<String> localAuthorities,
        Set<String> adjustments,
        BrowseSort sort,
        LocalDate today,
        int page,
        int pageSize) {

    public BrowseQuery {
        Objects.requireNonNull(today, "today");
        if (radiusKm != null && !(radiusKm >= 0 && radiusKm <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("Radius must be a distance of 0 km or more, not " + radiusKm);
        }
        if (hoursMin != null && !(hoursMin >= 0 && hoursMin <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("Fewest hours must be 0 or more, not " + hoursMin);
        }
        if (hoursMax != null && !(hoursMax >= 0 && hoursMax <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("Most hours must be 0 or more, not " + hoursMax);
        }
        workModes = workModes == null || workModes.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(WorkMode.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(workModes));
        contractTypes = sorted(contractTypes);
        localAuthorities = sorted(localAuthorities);
        adjustments = sorted(adjustments);
        sort = sort == null ? BrowseSort.RELEVANCE : sort;
        page = Math.max(0, page);
        pageSize = Math.clamp(pageSize, 1, VacancySearch.MAX_PAGE_SIZE);
    }

    /** A browse of everything open on {@code today}, newest first, first page of 20. */
    public static BrowseQuery everything(LocalDate today) {
        return new BrowseQuery(null, null, null, null, null, null, null, null, null, BrowseSort.NEWEST, today, 0, 20);
    }

    /** True when the keywords hold something other than white space. */
    public boolean hasKeywords() {
        return keywords != null && !keywords.isBlank();
    }

    private static SortedSet<String> sorted(Set<String> values) {
        if (values == null) {
            return Collections.emptySortedSet();
        }
        SortedSet<String> copy = new TreeSet<>();
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                copy.add(value);
            }
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
