package org.workingwin.matching.vacancy;

import java.util.List;

/**
 * One page of search results with the exact number of matches. It exists so the portal can draw a
 * pager ("page 3 of 12") from the same searcher snapshot that produced the hits, without a second,
 * possibly inconsistent, count.
 *
 * @param total exact number of vacancies matching the search, across all pages
 * @param page 0-based page served (after clamping)
 * @param pageSize page size served (after clamping)
 * @param hits the vacancies on this page, in rank order
 */
public record SearchPage(long total, int page, int pageSize, List<VacancyHit> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** Number of pages needed to show every match; 0 when nothing matched. */
    public long pageCount() {
        return (total + pageSize - 1) / pageSize;
    }
}
