package org.workingwin.portal.search;

/** One constant per limit of the public search. */
public final class SearchLimits {

    public static final int KEYWORDS_MAX = 200;
    public static final int PAGE_SIZE = 20;
    public static final int PAGE_SIZE_MAX = 100;
    public static final double RADIUS_MAX_KM = 200;

    private SearchLimits() {
    }
}
