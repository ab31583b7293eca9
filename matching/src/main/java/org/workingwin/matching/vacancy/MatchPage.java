package org.workingwin.matching.vacancy;

import java.util.List;

/**
 * One page of vacancies suggested for a participant, with the exact number of suggestions. It exists
 * so that the specialist's review list can page through every suggestion exactly once, with a pager
 * drawn from the same searcher snapshot as the page.
 *
 * @param total exact number of vacancies that pass every hard rule
 * @param page 0-based page served (after clamping)
 * @param pageSize page size served (after clamping)
 * @param matches the suggestions on this page, best first
 */
public record MatchPage(long total, int page, int pageSize, List<Match> matches) {
    public MatchPage {
        matches = List.copyOf(matches);
    }

    /** Number of pages needed to show every suggestion; 0 when there is none. */
    public long pageCount() {
        return (total + pageSize - 1) / pageSize;
    }
}
