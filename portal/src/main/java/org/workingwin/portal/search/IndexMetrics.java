package org.workingwin.portal.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;

/**
 * The search indexes' meters: match latency as a histogram (so a p95 can be read across nodes), and per
 * index the documents held, the outbox changes not yet applied and how old the oldest of them is.
 */
final class IndexMetrics {

    private IndexMetrics() {
    }

    static Timer matchTimer(MeterRegistry registry, String direction) {
        return Timer.builder("portal.match").description("Time to find matches with their reasons")
                .tag("direction", direction).publishPercentileHistogram().register(registry);
    }

    static void watch(MeterRegistry registry, String index, OutboxFollower<?, ?> follower, Clock clock) {
        Gauge.builder("portal.index.documents", follower, OutboxFollower::size).tag("index", index)
                .description("Records in the search index").register(registry);
        Gauge.builder("portal.index.backlog", follower, f -> f.backlog().changes()).tag("index", index)
                .description("Outbox changes the index has not applied yet").register(registry);
        Gauge.builder("portal.index.lag", follower, f -> f.backlog().lag(clock.instant()).toMillis() / 1000.0)
                .tag("index", index).baseUnit("seconds")
                .description("Age of the oldest outbox change the index has not applied (0 when caught up)")
                .register(registry);
    }
}
