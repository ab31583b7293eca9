package org.workingwin.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.workingwin.benchmarks.Latencies;

/** Every request's time by kind, and every error, from all simulated users; thread-safe. */
final class RequestLog {

    private static final int ERRORS_KEPT = 50;

    private final Map<String, Latencies> byKind = new TreeMap<>();
    private final Latencies all = new Latencies();
    private final List<String> errors = new ArrayList<>();
    private int errorCount;
    private volatile boolean recording = true;

    synchronized void record(String kind, long nanos) {
        if (!recording) {
            return;
        }
        byKind.computeIfAbsent(kind, k -> new Latencies()).add(nanos);
        all.add(nanos);
    }

    synchronized void error(String kind, String message) {
        if (!recording) {
            return;
        }
        errorCount++;
        if (errors.size() < ERRORS_KEPT) {
            errors.add(kind + ": " + message);
        }
    }

    /** Forgets what was recorded so far (the ramp-up). */
    synchronized void clear() {
        byKind.clear();
        all.clear();
        errors.clear();
        errorCount = 0;
    }

    /** Requests after this (the users finishing their last step) are not counted. */
    void stop() {
        recording = false;
    }

    synchronized Map<String, Latencies> byKind() {
        return new TreeMap<>(byKind);
    }

    synchronized Latencies all() {
        return all;
    }

    synchronized int errorCount() {
        return errorCount;
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }
}
