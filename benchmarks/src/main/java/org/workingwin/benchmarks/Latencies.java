package org.workingwin.benchmarks;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, collected in a plain array, with nearest-rank percentiles: the p-th
 * percentile is the smallest sample that at least p percent of the samples do not exceed. Not
 * thread-safe.
 */
public final class Latencies {

    private long[] nanos = new long[256];
    private int count;

    public void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public void clear() {
        count = 0;
    }

    public int count() {
        return count;
    }

    long sample(int i) {
        return nanos[i];
    }

    /** The percentile in milliseconds; NaN when empty. */
    public double percentileMs(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
    }

    public double p50() {
        return percentileMs(50);
    }

    public double p99() {
        return percentileMs(99);
    }

    public double maxMs() {
        return percentileMs(100);
    }

    public double meanMs() {
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return sum / count / 1e6;
    }
}
