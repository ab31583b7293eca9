package org.workingwin.benchmarks.data;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Picks items with probabilities proportional to their weights, by binary search over cumulative
 * weights, so that drawing from thousands of postcode districts costs a few comparisons. Immutable.
 */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = weight.applyAsDouble(items.get(i));
            if (!(w >= 0)) {
                throw new IllegalArgumentException("Negative weight for " + items.get(i));
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (items.isEmpty() || sum <= 0) {
            throw new IllegalArgumentException("Nothing to pick from");
        }
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        i = i >= 0 ? i + 1 : -i - 1;
        // Skip zero-weight items that share the cumulative value.
        while (i < cumulative.length - 1 && cumulative[i] <= target) {
            i++;
        }
        return items.get(Math.min(i, items.size() - 1));
    }

    List<T> items() {
        return items;
    }
}
