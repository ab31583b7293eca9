package org.workingwin.matching.vacancy;

import java.time.LocalDate;
import java.util.Objects;
import org.workingwin.matching.geo.GeoPoint;

/**
 * A public vacancy search: optional keywords, an optional "near me" circle and a page. It exists as
 * one value so that the portal's list view, its JSON API and the tests all ask the index the same
 * question, and so that out-of-range paging is corrected in one place: a negative page becomes 0 and
 * the page size is clamped to 1..{@value #MAX_PAGE_SIZE}, so {@link SearchPage} reports what was
 * actually served.
 *
 * @param keywords free text typed by a person; null or blank means no keyword filter; never parsed as
 *     query syntax, and only the first {@value #KEYWORDS_MAX_LENGTH} characters are used
 * @param near centre of the distance filter and of the distances shown in hits; may be null
 * @param radiusKm radius around {@code near} in kilometres; no distance filter when null or when
 *     {@code near} is null
 * @param today the day the search runs; vacancies closing before it are never returned. Passed in
 *     (from the portal's clock) so tests control it
 * @param page 0-based page number
 * @param pageSize hits per page
 */
public record VacancySearch(
        String keywords, GeoPoint near, Double radiusKm, LocalDate today, int page, int pageSize) {

    /** Largest page the index serves, so one request cannot ask for the whole index. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Longest keyword text the index reads; a search box needs no more. */
    public static final int KEYWORDS_MAX_LENGTH = 500;

    public VacancySearch {
        Objects.requireNonNull(today, "today");
        if (radiusKm != null && !(radiusKm >= 0 && radiusKm <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("Radius must be a distance of 0 km or more, not " + radiusKm);
        }
        page = Math.max(0, page);
        pageSize = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
    }

    /** True when the keywords hold something other than white space. */
    public boolean hasKeywords() {
        return keywords != null && !keywords.isBlank();
    }
}
