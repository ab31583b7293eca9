package org.workingwin.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.workingwin.benchmarks.data.ProfileGenerator;
import org.workingwin.benchmarks.data.ReferenceData.District;
import org.workingwin.benchmarks.data.VacancyGenerator;
import org.workingwin.matching.participant.CandidatePage;
import org.workingwin.matching.participant.ParticipantIndex;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.BrowseQuery;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.matching.vacancy.VacancyIndex;
import org.workingwin.matching.vacancy.VacancySearch;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Measures the engine at one size, on an on-disk index, through its public API only, the way the
 * portal calls it: a full rebuild ({@code replaceAll}), matches for participants (top 20 with
 * reasons), candidates for vacancies, browses with facets, and how long one change takes from upsert
 * to being found (upsert, commit with a checkpoint as the outbox follower does, then search). Each
 * kind of query is warmed up on other inputs before the measured ones run, one at a time on one
 * thread.
 */
final class LuceneBenchmark {

    /** Everything measured at one size. */
    record Result(int size, double generateSeconds, double coldIndexSeconds, double indexSeconds, long baselineHeapBytes, long heapBytes,
            long indexBytes, int segments, int warmup, Latencies match, Latencies matchCpu, long[] matchTotals, int matchesWithReasons,
            double reasonsPerMatch, Latencies candidates, double candidateTotalMedian, int participants,
            Map<Long, Set<Long>> eligibleIds, Latencies browse, double browseTotalMedian, Latencies visible,
            int visibleMissed) {}

    /** How many of each query to run. */
    record Plan(int profiles, int warmup, int warmupSeconds, int participants, int candidateQueries,
            int browseQueries, int visibleChanges, int idSets) {}

    // Whole eligible sets are read (by paging) only for profiles with at most this many.
    private static final int MAX_ID_SET = 2_000;

    private static final int PAGE = 20;
    // Browses and candidates run after the matches have warmed most of the shared code.
    private static final long WARMUP_OTHERS_NANOS = 5_000_000_000L;

    private final VacancyGenerator vacancies;
    private final ProfileGenerator profiles;
    private final Taxonomy taxonomy;
    private final Plan plan;

    LuceneBenchmark(VacancyGenerator vacancies, ProfileGenerator profiles, Taxonomy taxonomy, Plan plan) {
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.plan = plan;
    }

    /** Profile ids measured (the same ones MySQL answers): 1 to {@code plan.profiles()}. */
    static long measuredProfile(int i) {
        return i + 1;
    }

    Result run(int size, Path folder) throws IOException {
        long baseline = usedHeapAfterGc();
        log("generating %,d vacancies (no index) to time the generator alone", size);
        long start = System.nanoTime();
        long checksum = 0;
        for (IndexedVacancy v : vacancies.vacancies(1, size)) {
            checksum += v.title().length();
        }
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        log("  %.1f s (checksum %d)", generateSeconds, checksum);

        Path vacancyFolder = folder.resolve("vacancies");
        try (VacancyIndex index = VacancyIndex.open(vacancyFolder)) {
            // The first build runs in a cold JVM, where compiling the indexing code costs as much CPU as
            // indexing; the second, a rebuild of the same index as the portal does on demand, is the
            // measured one. Both are reported.
            log("indexing %,d vacancies with replaceAll (first build, cold JVM)", size);
            start = System.nanoTime();
            index.replaceAll(vacancies.vacancies(1, size), new IndexCheckpoint(size, taxonomy.version()));
            double coldSeconds = (System.nanoTime() - start) / 1e9;
            log("  %.1f s; rebuilding it", coldSeconds);
            start = System.nanoTime();
            index.replaceAll(vacancies.vacancies(1, size), new IndexCheckpoint(size, taxonomy.version()));
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            log("  %.1f s, %,.0f docs/s; %d documents", indexSeconds, size / indexSeconds, index.size());
            long heap = usedHeapAfterGc();
            long bytes = folderBytes(vacancyFolder);
            int segments = segments(vacancyFolder);
            log("  heap used %,d MB (baseline %,d MB), index %,d MB in %d segments", heap >> 20, baseline >> 20,
                    bytes >> 20, segments);

            // Matches.
            // The JIT needs thousands of queries before the code is as fast as it gets: warm up for at
            // least the given number of queries and seconds, on profiles that are not measured.
            long warmStart = System.nanoTime();
            int warmed = 0;
            while (warmed < plan.warmup() || System.nanoTime() - warmStart < plan.warmupSeconds() * 1_000_000_000L) {
                index.match(profiles.profile(1_000_000_000L + warmed), VacancyGenerator.TODAY, 0, PAGE);
                warmed++;
            }
            log("match: %d warm-up profiles in %.1f s, then %d measured", warmed,
                    (System.nanoTime() - warmStart) / 1e9, plan.profiles());
            Latencies match = new Latencies();
            // Thread CPU time beside wall time: the difference is time lost to other work on the machine.
            Latencies matchCpu = new Latencies();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] totals = new long[plan.profiles()];
            int withReasons = 0;
            long reasons = 0;
            long served = 0;
            for (int i = 0; i < plan.profiles(); i++) {
                ParticipantProfile p = profiles.profile(measuredProfile(i));
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                MatchPage page = index.match(p, VacancyGenerator.TODAY, 0, PAGE);
                match.add(System.nanoTime() - t);
                matchCpu.add(threads.getCurrentThreadCpuTime() - cpu);
                totals[i] = page.total();
                for (Match m : page.matches()) {
                    served++;
                    reasons += m.reasons().size();
                    withReasons += m.reasons().isEmpty() ? 0 : 1;
                }
            }
            log("  p50 %.2f ms, p99 %.2f ms; median eligible %,.0f", match.p50(), match.p99(), median(totals));
            Map<Long, Set<Long>> idSets = new LinkedHashMap<>();
            for (int i = 0; i < plan.profiles() && idSets.size() < plan.idSets(); i++) {
                if (totals[i] > 0 && totals[i] <= MAX_ID_SET) {
                    ParticipantProfile p = profiles.profile(measuredProfile(i));
                    Set<Long> ids = new java.util.TreeSet<>();
                    for (int page = 0; page * 100L < totals[i]; page++) {
                        index.match(p, VacancyGenerator.TODAY, page, 100).matches()
                                .forEach(m -> ids.add(m.vacancy().id()));
                    }
                    idSets.put(p.id(), ids);
                }
            }

            // Browse with facets.
            SplittableRandom browseRandom = new SplittableRandom(7);
            long browseStart = System.nanoTime();
            int browseWarmed = 0;
            while (browseWarmed < plan.warmup() / 2 || System.nanoTime() - browseStart < WARMUP_OTHERS_NANOS) {
                index.browse(browseQuery(browseRandom, browseWarmed++));
            }
            log("browse: %d warm-up, %d measured", browseWarmed, plan.browseQueries());
            Latencies browse = new Latencies();
            long[] browseTotals = new long[plan.browseQueries()];
            browseRandom = new SplittableRandom(11);
            for (int i = 0; i < plan.browseQueries(); i++) {
                BrowseQuery q = browseQuery(browseRandom, i);
                long t = System.nanoTime();
                BrowseResult result = index.browse(q);
                browse.add(System.nanoTime() - t);
                browseTotals[i] = result.total();
            }
            log("  p50 %.2f ms, p99 %.2f ms; median total %,.0f", browse.p50(), browse.p99(), median(browseTotals));

            // Reverse match: candidates for vacancies.
            Path participantFolder = folder.resolve("participants");
            Latencies candidates = new Latencies();
            long[] candidateTotals = new long[plan.candidateQueries()];
            try (ParticipantIndex participants = ParticipantIndex.open(participantFolder)) {
                List<ParticipantProfile> all = new ArrayList<>();
                for (int i = 0; i < plan.participants(); i++) {
                    all.add(profiles.profile(2_000_000_000L + i));
                }
                participants.replaceAll(all, new IndexCheckpoint(1, taxonomy.version()));
                SplittableRandom pick = new SplittableRandom(13);
                long candidatesStart = System.nanoTime();
                int candidatesWarmed = 0;
                while (candidatesWarmed < plan.warmup() / 2
                        || System.nanoTime() - candidatesStart < WARMUP_OTHERS_NANOS) {
                    participants.candidates(openVacancy(pick, size), VacancyGenerator.TODAY, 0, PAGE);
                    candidatesWarmed++;
                }
                log("candidates: %,d participants indexed; %d warm-up, %d measured", participants.size(),
                        candidatesWarmed, plan.candidateQueries());
                for (int i = 0; i < plan.candidateQueries(); i++) {
                    IndexedVacancy v = openVacancy(pick, size);
                    long t = System.nanoTime();
                    CandidatePage page = participants.candidates(v, VacancyGenerator.TODAY, 0, PAGE);
                    candidates.add(System.nanoTime() - t);
                    candidateTotals[i] = page.total();
                }
                log("  p50 %.2f ms, p99 %.2f ms; median candidates %,.0f", candidates.p50(), candidates.p99(),
                        median(candidateTotals));
            }

            // Change to visible, last, because it changes the index.
            log("change to visible: %d changes, each upsert + commit, then search until found", plan.visibleChanges());
            Latencies visible = new Latencies();
            int missed = 0;
            SplittableRandom change = new SplittableRandom(17);
            long cursor = size;
            for (int i = -10; i < plan.visibleChanges(); i++) {
                // Half new vacancies, half edits of existing ones; a unique word in the title finds it.
                long id = change.nextBoolean() ? size + 1 + i + 10 : 1 + change.nextLong(size);
                IndexedVacancy v = withTitle(vacancies.vacancy(id), "ref" + marker(i + 10));
                VacancySearch search = new VacancySearch("ref" + marker(i + 10), null, null, VacancyGenerator.TODAY,
                        0, 1);
                long t = System.nanoTime();
                index.upsert(v);
                index.commit(new IndexCheckpoint(++cursor, taxonomy.version()));
                boolean found = false;
                while (System.nanoTime() - t < 5_000_000_000L) {
                    if (index.search(search).total() > 0) {
                        found = true;
                        break;
                    }
                    Thread.onSpinWait();
                }
                long elapsed = System.nanoTime() - t;
                if (i >= 0) {
                    visible.add(elapsed);
                    missed += found ? 0 : 1;
                }
            }
            log("  p50 %.2f ms, p99 %.2f ms, %d not found within 5 s", visible.p50(), visible.p99(), missed);

            return new Result(size, generateSeconds, coldSeconds, indexSeconds, baseline, heap, bytes, segments,
                    warmed, match, matchCpu, totals, withReasons, served == 0 ? 0 : (double) reasons / served,
                    candidates, median(candidateTotals), plan.participants(), idSets, browse, median(browseTotals),
                    visible, missed);
        }
    }

    /**
     * Keywords from a real job title, a circle around a home-like district, and one more filter in
     * turn: work modes, an adjustment, a contract type or most hours; sorted by relevance.
     */
    BrowseQuery browseQuery(SplittableRandom r, int i) {
        ParticipantProfile like = profiles.profile(3_000_000_000L + r.nextInt(100_000));
        String keywords = like.wantedRoles().split(",")[0];
        District near = profiles.district(r);
        double radius = new double[] {5, 10, 15, 20, 30}[r.nextInt(5)];
        Set<WorkMode> modes = null;
        Set<String> contracts = null;
        Set<String> adjustments = null;
        Double hoursMax = null;
        switch (i % 4) {
            case 0 -> modes = Set.of(WorkMode.ON_SITE, WorkMode.HYBRID);
            case 1 -> {
                List<Adjustment> all = taxonomy.adjustments();
                adjustments = Set.of(all.get(r.nextInt(all.size())).code());
            }
            case 2 -> contracts = Set.of("PERMANENT");
            default -> hoursMax = 30.0;
        }
        return new BrowseQuery(keywords, near.centroid(), radius, null, hoursMax, modes, contracts, null, adjustments,
                BrowseSort.RELEVANCE, VacancyGenerator.TODAY, 0, PAGE);
    }

    private IndexedVacancy openVacancy(SplittableRandom r, int size) {
        while (true) {
            IndexedVacancy v = vacancies.vacancy(1 + r.nextLong(size));
            if (!v.closingDate().isBefore(VacancyGenerator.TODAY)) {
                return v;
            }
        }
    }

    static IndexedVacancy withTitle(IndexedVacancy v, String word) {
        return new IndexedVacancy(v.id(), v.title() + " " + word, v.description(), v.organisationName(),
                v.occupationCode(), v.occupationTitle(), v.postcodeDistrict(), v.localAuthority(), v.location(),
                v.workMode(), v.hoursMin(), v.hoursMax(), v.patterns(), v.contractType(), v.payMin(), v.payMax(),
                v.payPeriod(), VacancyGenerator.TODAY.plusDays(30), v.publishedAt(), v.adjustments(), v.demands(),
                v.sector());
    }

    // Letters only, so the tokeniser keeps it as one word that no real title contains.
    private static String marker(int i) {
        StringBuilder s = new StringBuilder("zq");
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    static double median(long[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a merge deleted it meanwhile
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int segments(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String format, Object... args) {
        System.err.printf(format + "%n", args);
    }
}
