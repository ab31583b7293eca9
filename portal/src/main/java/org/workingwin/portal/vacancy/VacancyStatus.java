package org.workingwin.portal.vacancy;

import java.util.Set;

/**
 * A vacancy's life: drafted and submitted by the employer, published by a specialist after vetting (or
 * sent back with a reason, changed and submitted again), then closed, filled or withdrawn. Only PUBLISHED (and not past its closing date) is visible to
 * participants and takes part in matching.
 */
public enum VacancyStatus {
    DRAFT("Draft"), SUBMITTED("Waiting for checks"), RETURNED("Sent back for changes"), PUBLISHED("Published"),
    CLOSED("Closed"),
    FILLED("Filled"), WITHDRAWN("Withdrawn");

    private final String label;

    VacancyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Closed, filled and withdrawn vacancies are kept for the record and can no longer change. */
    public boolean isFinished() {
        return this == CLOSED || this == FILLED || this == WITHDRAWN;
    }

    boolean canMoveTo(VacancyStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED, WITHDRAWN).contains(next);
            case SUBMITTED -> Set.of(PUBLISHED, RETURNED, DRAFT, WITHDRAWN).contains(next);
            case RETURNED -> Set.of(SUBMITTED, WITHDRAWN).contains(next);
            case PUBLISHED -> Set.of(SUBMITTED, CLOSED, FILLED, WITHDRAWN).contains(next);
            case CLOSED, FILLED, WITHDRAWN -> false;
        };
    }
}
