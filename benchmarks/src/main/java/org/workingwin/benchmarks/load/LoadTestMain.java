package org.workingwin.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test: simulated people using a running portal through the same requests their browsers
 * make, for a fixed time, then a report of every request's time, the errors and the memory each Vaadin
 * session keeps. bin/load-test starts the portal on MySQL with the demo data and runs this.
 *
 * <p>Arguments: --base URL (default http://localhost:8095), --users (100), --minutes (10),
 * --warmup-seconds (60), --memory-sessions (100), --portal-pid (for the memory figures; without it they
 * are skipped), --report FILE, --command TEXT (printed in the report), --seed.
 */
public final class LoadTestMain {

    /** Who the simulated people are, out of 100: as the service expects its users to be spread. */
    static final Map<Journeys.Role, Integer> MIX = Map.of(Journeys.Role.VISITOR, 35, Journeys.Role.PARTICIPANT, 15,
            Journeys.Role.SPECIALIST, 30, Journeys.Role.EMPLOYER, 20);
    static final int ROUNDS_PER_SESSION = 4;
    static final double P95_TARGET_MS = 100;
    static final long SESSION_TARGET_BYTES = 250 * 1024;

    private LoadTestMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base", "http://localhost:8095"));
        int users = Integer.parseInt(options.getOrDefault("users", "100"));
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "10"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup-seconds", "60"));
        int memorySessions = Integer.parseInt(options.getOrDefault("memory-sessions", "100"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261206"));
        HeapProbe heap = options.containsKey("portal-pid") ? new HeapProbe(Long.parseLong(options.get("portal-pid"))) : null;

        System.err.printf("Warming up with 8 users for %d s%n", warmup);
        run(base, new RequestLog(), 8, Duration.ofSeconds(warmup), seed - 1, Duration.ofSeconds(2));

        SessionMemory memory = null;
        List<UiClient> kept = new ArrayList<>();
        if (heap != null && memorySessions > 0) {
            System.err.printf("Measuring the memory of %d sessions%n", memorySessions);
            memory = measureSessions(base, heap, memorySessions, kept, seed - 2);
        }

        System.err.printf("Running %d users for %.1f minutes against %s%n", users, minutes, base);
        RequestLog log = new RequestLog();
        Instant started = Instant.now();
        int rounds = run(base, log, users, Duration.ofMillis((long) (minutes * 60_000)), seed, Duration.ofSeconds(30));
        Duration took = Duration.between(started, Instant.now());
        HeapProbe.Histogram after = heap == null ? null : heap.histogram();

        LoadReport report = new LoadReport(base, users, minutes, took, rounds, log, memory, after, kept.size(),
                options.getOrDefault("command", "bin/load-test"));
        String markdown = report.markdown();
        System.out.println(markdown);
        if (options.containsKey("report")) {
            Files.writeString(Path.of(options.get("report")), markdown);
        }
        System.exit(report.targetsMet() ? 0 : 2);
    }

    /** Users of the mix work in rounds until the time is up; returns the rounds completed. */
    static int run(URI base, RequestLog log, int users, Duration length, long seed, Duration rampUp)
            throws InterruptedException {
        long end = System.nanoTime() + rampUp.toNanos() + length.toNanos();
        long recordFrom = System.nanoTime() + rampUp.toNanos();
        AtomicInteger rounds = new AtomicInteger();
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Journeys.Role> roles = roles(users);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                Journeys.Role role = roles.get(i);
                SplittableRandom random = seeds.split();
                long delay = rampUp.toNanos() * i / Math.max(1, users);
                pool.submit(() -> simulate(base, log, role, random, delay, end, rounds));
            }
            // Requests during the ramp-up are not counted: the figures are for all users at work.
            long wait = recordFrom - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            log.clear();
            pool.shutdown();
            pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
            log.stop();
            pool.shutdownNow();
        }
        return rounds.get();
    }

    private static void simulate(URI base, RequestLog log, Journeys.Role role, SplittableRandom random, long delay,
            long end, AtomicInteger rounds) {
        Journeys journeys = new Journeys(base, log, random);
        Runnable think = () -> pause(2_000 + random.nextInt(4_000), end);
        pause(delay / 1_000_000, end);
        while (System.nanoTime() < end) {
            try {
                UiClient ui = journeys.start(role);
                for (int r = 0; r < ROUNDS_PER_SESSION && System.nanoTime() < end; r++) {
                    think.run();
                    journeys.round(role, ui, think);
                    rounds.incrementAndGet();
                }
                if (role != Journeys.Role.VISITOR && System.nanoTime() < end) {
                    journeys.signOut(ui);
                }
            } catch (UiClient.LoadError e) {
                if (System.nanoTime() < end) {
                    log.error(role.name().toLowerCase() + " journey", e.getMessage());
                }
            } catch (RuntimeException e) {
                log.error(role.name().toLowerCase() + " journey", e.toString());
            }
        }
    }

    /**
     * Sessions as people leave them (signed in, a round done), kept open, opened role by role with the heap
     * read before the first and after each role's, so each role's cost shows as well as the average.
     */
    private static SessionMemory measureSessions(URI base, HeapProbe heap, int count, List<UiClient> kept, long seed)
            throws IOException, InterruptedException {
        HeapProbe.Histogram before = heap.histogram();
        RequestLog log = new RequestLog();
        SplittableRandom random = new SplittableRandom(seed);
        Map<Journeys.Role, Integer> byRole = new java.util.EnumMap<>(Journeys.Role.class);
        Map<Journeys.Role, Long> bytesByRole = new java.util.EnumMap<>(Journeys.Role.class);
        HeapProbe.Histogram last = before;
        for (Journeys.Role role : Journeys.Role.values()) {
            int wanted = (int) Math.round(count * MIX.get(role) / 100.0);
            int opened = 0;
            for (int i = 0; i < wanted; i++) {
                Journeys journeys = new Journeys(base, log, random.split());
                try {
                    UiClient ui = journeys.start(role);
                    journeys.round(role, ui, () -> { });
                    kept.add(ui);
                    opened++;
                } catch (UiClient.LoadError e) {
                    log.error("memory: " + role.name().toLowerCase(), e.getMessage());
                }
            }
            HeapProbe.Histogram now = heap.histogram();
            byRole.put(role, opened);
            bytesByRole.put(role, opened == 0 ? 0 : (now.liveBytes() - last.liveBytes()) / opened);
            last = now;
        }
        return new SessionMemory(kept.size(), before, last, log.errorCount(), byRole, bytesByRole);
    }

    /** The mix spread over n users, interleaved so that a ramp-up starts every kind early. */
    static List<Journeys.Role> roles(int n) {
        List<Journeys.Role> out = new ArrayList<>();
        Map<Journeys.Role, Integer> given = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Journeys.Role next = null;
            double lag = -1;
            for (Journeys.Role role : Journeys.Role.values()) {
                double due = (i + 1) * MIX.get(role) / 100.0 - given.getOrDefault(role, 0);
                if (due > lag) {
                    lag = due;
                    next = role;
                }
            }
            given.merge(next, 1, Integer::sum);
            out.add(next);
        }
        return out;
    }

    private static void pause(long millis, long end) {
        long left = (end - System.nanoTime()) / 1_000_000;
        try {
            Thread.sleep(Math.max(0, Math.min(millis, left)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UiClient.LoadError("stopped");
        }
    }

    /** "--name value" pairs, as the load test and the drill take them. */
    static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }

    /** The heap that the measured sessions added, after full collections. */
    record SessionMemory(int sessions, HeapProbe.Histogram before, HeapProbe.Histogram after, int errors,
            Map<Journeys.Role, Integer> byRole, Map<Journeys.Role, Long> bytesByRole) {
        long bytesPerSession() {
            return (after.liveBytes() - before.liveBytes()) / sessions;
        }
    }
}
