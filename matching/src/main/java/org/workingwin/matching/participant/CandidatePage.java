package org.workingwin.matching.participant;

import java.util.List;

/**
 * One page of participants suggested for a vacancy, with the exact number of suggestions. It exists
 * so that the list can be paged through, each participant reached exactly once, with a pager from
 * the same searcher snapshot as the page.
 *
 * @param total exact number of participants for whom the vacancy passes every hard rule
 * @param page 0-based page served (after clamping)
 * @param pageSize page size served (after clamping)
 * @param candidates the participants on this page, best first
 */
public record CandidatePage(long total, int page, int pageSize, List<Candidate> candidates) {
    public CandidatePage {
        candidates = List.copyOf(candidates);
    }

    /** Number of pages needed to show every suggestion; 0 when there is none. */
    public long pageCount() {
        return (total + pageSize - 1) / pageSize;
    }
}
