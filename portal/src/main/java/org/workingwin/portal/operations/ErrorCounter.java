package org.workingwin.portal.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** {@code portal_errors_total} by kind: unhandled exceptions, 5xx answers, and errors inside a page. */
@Singleton
class ErrorCounter {

    private final MeterRegistry registry;

    ErrorCounter(MeterRegistry registry) {
        this.registry = registry;
        // Present at 0 from the start, so an alert on its rate works before the first error.
        for (String kind : new String[] {"unhandled", "http_5xx", "ui"}) {
            counter(kind);
        }
    }

    void count(String kind) {
        counter(kind).increment();
    }

    private Counter counter(String kind) {
        return Counter.builder("portal.errors").description("Errors, by where they happened").tag("kind", kind)
                .register(registry);
    }
}
