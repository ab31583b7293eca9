package org.workingwin.matching.vacancy;

/**
 * The orders a participant or visitor can list vacancies in. It exists as a closed set so that the
 * portal's sort menu and the index agree, and an unknown order cannot reach the index.
 */
public enum BrowseSort {
    /** Best keyword match first, then newest; without keywords the same as {@link #NEWEST}. */
    RELEVANCE,
    /** Nearest to the query's point first; without a point the same as {@link #NEWEST}. */
    DISTANCE,
    /** Most recently published first. */
    NEWEST
}
