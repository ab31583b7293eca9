package org.workingwin.benchmarks.load;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.workingwin.benchmarks.Latencies;

/** The load test's figures as Markdown for src/site/load-test.md, with whether the targets were met. */
final class LoadReport {

    private final URI base;
    private final int users;
    private final double minutes;
    private final Duration took;
    private final int rounds;
    private final RequestLog log;
    private final LoadTestMain.SessionMemory memory;
    private final HeapProbe.Histogram heapAfter;
    private final int keptSessions;
    private final String command;

    LoadReport(URI base, int users, double minutes, Duration took, int rounds, RequestLog log,
            LoadTestMain.SessionMemory memory, HeapProbe.Histogram heapAfter, int keptSessions, String command) {
        this.base = base;
        this.users = users;
        this.minutes = minutes;
        this.took = took;
        this.rounds = rounds;
        this.log = log;
        this.memory = memory;
        this.heapAfter = heapAfter;
        this.keptSessions = keptSessions;
        this.command = command;
    }

    boolean targetsMet() {
        return log.errorCount() == 0 && log.all().percentileMs(95) <= LoadTestMain.P95_TARGET_MS
                && (memory == null || memory.errors() == 0
                        && memory.bytesPerSession() <= LoadTestMain.SESSION_TARGET_BYTES);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        Latencies all = log.all();
        md.append("# Load test: latest figures\n\n")
                .append("Written by the load test itself (`").append(command).append("`) on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", against ").append(base).append(" on this machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; the simulated users ran on the ")
                .append("same cores as the portal and MariaDB). How the test works: `load-testing.md`.\n\n");
        md.append("## Summary\n\n")
                .append("| Figure | Measured | Target |\n|---|---|---|\n")
                .append(row("Simulated users", Integer.toString(users), "100"))
                .append(row("Measured for", String.format(Locale.ROOT, "%.1f min (after a 30 s ramp-up)",
                        took.toMillis() / 60_000.0 - 0.5), String.format(Locale.ROOT, "%.0f min", minutes)))
                .append(row("Requests", String.format(Locale.ROOT, "%,d (%.1f a second)", all.count(),
                        all.count() / Math.max(1, took.toSeconds() - 30.0)), ""))
                .append(row("Rounds of work completed", String.format(Locale.ROOT, "%,d", rounds), ""))
                .append(row("Errors", Integer.toString(log.errorCount()), "0"))
                .append(row("p50 / p95 / p99 per request", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms",
                        all.p50(), all.percentileMs(95), all.p99()), "p95 ≤ 100 ms"))
                .append(row("Slowest request", String.format(Locale.ROOT, "%.0f ms", all.maxMs()), ""));
        if (memory != null) {
            md.append(row("Memory kept per Vaadin session", String.format(Locale.ROOT, "%,d bytes (%.0f kB)",
                    memory.bytesPerSession(), memory.bytesPerSession() / 1024.0), "≤ 250 kB"));
        }
        md.append(row("Targets met", targetsMet() ? "yes" : "**no**", "")).append('\n');

        md.append("## Per step\n\nEach request's time from sending to the whole answer received, over loopback.\n\n")
                .append("| Step | Requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Latencies> e : log.byKind().entrySet()) {
            Latencies l = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.0f |%n", e.getKey(), l.count(),
                    l.p50(), l.percentileMs(95), l.p99(), l.maxMs()));
        }
        if (memory != null) {
            md.append("\n## Memory per session\n\n")
                    .append(String.format(Locale.ROOT, "%d sessions were opened and left as people leave them (signed "
                            + "in, one round of their work done, the tab still open): %s. The portal's live heap after "
                            + "a full collection went from %,d to %,d bytes; the Vaadin sessions in it from %d to %d "
                            + "and the UIs from %d to %d; errors while opening them: %d.%n", memory.sessions(),
                            memory.byRole(), memory.before().liveBytes(), memory.after().liveBytes(),
                            memory.before().sessions(), memory.after().sessions(), memory.before().uis(),
                            memory.after().uis(), memory.errors()));
            md.append("\n| Who | Sessions | Kept per session |\n|---|---:|---:|\n");
            memory.bytesByRole().forEach((role, bytes) -> md.append(String.format(Locale.ROOT, "| %s | %d | %,d bytes (%.0f kB) |%n",
                    role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT), memory.byRole().get(role),
                    bytes, bytes / 1024.0)));
        }
        if (heapAfter != null) {
            md.append(String.format(Locale.ROOT, "%nAfter the run the live heap was %,d bytes with %d Vaadin sessions "
                    + "(%d of them the measured ones, still open) and %d UIs.%n", heapAfter.liveBytes(),
                    heapAfter.sessions(), keptSessions, heapAfter.uis()));
        }
        if (log.errorCount() > 0) {
            md.append("\n## Errors (first ").append(log.errors().size()).append(")\n\n");
            log.errors().forEach(e -> md.append("- ").append(e.replace('\n', ' ')).append('\n'));
        }
        return md.toString();
    }

    private static String row(String figure, String measured, String target) {
        return "| " + figure + " | " + measured + " | " + target + " |\n";
    }
}
