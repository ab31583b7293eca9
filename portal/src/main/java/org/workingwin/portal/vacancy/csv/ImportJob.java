package org.workingwin.portal.vacancy.csv;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An import running in the background, for the page's progress bar: how many rows are saved so far of
 * how many, and how it ended. Rows "saved" before the end are not visible to anyone until the import's
 * one transaction commits; a failure leaves none of them.
 */
public final class ImportJob {

    public enum State { RUNNING, FINISHED, FAILED }

    private final int total;
    private final AtomicInteger saved = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile String failure;
    private volatile List<Long> ids = List.of();

    ImportJob(int total) {
        this.total = total;
    }

    public int total() {
        return total;
    }

    public int saved() {
        return saved.get();
    }

    public State state() {
        return state;
    }

    /** Why it failed, in words for the employer. */
    public String failure() {
        return failure;
    }

    public List<Long> ids() {
        return ids;
    }

    public double fraction() {
        return total == 0 ? 1 : (double) saved.get() / total;
    }

    void progress(int rows) {
        saved.set(rows);
    }

    void finished(List<Long> vacancyIds) {
        ids = List.copyOf(vacancyIds);
        state = State.FINISHED;
    }

    void failed(String message) {
        saved.set(0);
        failure = message;
        state = State.FAILED;
    }
}
