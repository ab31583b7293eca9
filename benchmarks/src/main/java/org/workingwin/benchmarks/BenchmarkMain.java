package org.workingwin.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.workingwin.benchmarks.data.ProfileGenerator;
import org.workingwin.benchmarks.data.ReferenceData;
import org.workingwin.benchmarks.data.VacancyGenerator;
import org.workingwin.matching.taxonomy.Taxonomy;

/**
 * Runs the benchmarks and writes the results as Markdown, to standard output and, with
 * {@code --report}, to a file. Usage (bin/benchmark passes these):
 *
 * <pre>
 * --sizes 100000,1000000   vacancy counts to measure, each on a fresh index
 * --mysql                  also answer the same profiles with MySQL (database workingwin_bench)
 * --report FILE            also write the Markdown here (overwritten)
 * --command TEXT           the command line to quote in the report
 * </pre>
 *
 * and, rarely needed: {@code --profiles 500 --mysql-profiles 200 --warmup 1000 --warmup-seconds 20 --participants 5000
 * --candidate-queries 1000 --browse-queries 500 --visible-changes 200 --id-sets 20 --seed 20260302
 * --region-vacancies 19000 (or --region-share 0.2) --home-region-share 0.9 --work-dir DIR --keep-files --keep-mysql
 * --mysql-url URL --mysql-buffer-pool-mb 4096}. Progress goes to standard error.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "100000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> Integer.parseInt(s.replace("_", ""))).toList();
        boolean mysql = options.containsKey("mysql");
        long seed = Long.parseLong(options.getOrDefault("seed", "20260302"));
        // The region keeps about its real number of live vacancies (DESIGN: roughly 19,000) at every size;
        // the rest are spread over Great Britain by postcodes (which gives the region its ~2.8% again).
        int regionVacancies = integer(options, "region-vacancies", 19_000);
        double homeRegionShare = Double.parseDouble(options.getOrDefault("home-region-share", "0.9"));
        LuceneBenchmark.Plan plan = new LuceneBenchmark.Plan(
                integer(options, "profiles", 500),
                integer(options, "warmup", 1000),
                integer(options, "warmup-seconds", 20),
                integer(options, "participants", 5000),
                integer(options, "candidate-queries", 1000),
                integer(options, "browse-queries", 500),
                integer(options, "visible-changes", 200),
                mysql ? integer(options, "id-sets", 20) : 0);
        int mysqlProfiles = Math.min(plan.profiles(), integer(options, "mysql-profiles", 200));
        String url = options.getOrDefault("mysql-url", "jdbc:mysql://127.0.0.1:3306/?user=root"
                + "&allowLoadLocalInfile=true&useSSL=false&allowPublicKeyRetrieval=true");
        long bufferPool = Long.parseLong(options.getOrDefault("mysql-buffer-pool-mb", "4096")) << 20;
        Path work = options.containsKey("work-dir") ? Files.createDirectories(Paths.get(options.get("work-dir")))
                : Files.createTempDirectory("workingwin-bench");
        boolean keepFiles = options.containsKey("keep-files");

        long started = System.nanoTime();
        LocalDateTime startedAt = LocalDateTime.now();
        Taxonomy taxonomy = Taxonomy.loadDefault();
        ReferenceData data = ReferenceData.load();
        ProfileGenerator profiles = new ProfileGenerator(data, taxonomy, seed, homeRegionShare);

        Report report = new Report(plan, mysqlProfiles, regionVacancies, homeRegionShare, seed, data);
        report.loadBefore = loadAverage();
        MySqlBenchmark database = null;
        long bufferPoolBefore = -1;
        try {
            if (mysql) {
                database = new MySqlBenchmark(url, taxonomy);
                report.mysqlVersion = database.version();
                if (bufferPool > 0) {
                    bufferPoolBefore = database.growBufferPool(bufferPool);
                }
                report.bufferPoolBytes = database.bufferPoolBytes();
            }
            for (int size : sizes) {
                double regionShare = options.containsKey("region-share")
                        ? Double.parseDouble(options.get("region-share"))
                        : Math.min(1.0, (double) regionVacancies / size);
                VacancyGenerator vacancies = new VacancyGenerator(data, taxonomy, seed, regionShare);
                LuceneBenchmark lucene = new LuceneBenchmark(vacancies, profiles, taxonomy, plan);
                report.regionShares.put(size, regionShare);
                Path folder = Files.createDirectories(work.resolve("size-" + size));
                LuceneBenchmark.Result result = lucene.run(size, folder);
                report.lucene.add(result);
                if (!keepFiles) {
                    deleteTree(folder);
                }
                if (database != null) {
                    report.mysql.add(database.run(size, vacancies, profiles, mysqlProfiles,
                            Math.min(50, plan.warmup()), result.matchTotals(), result.eligibleIds(), work,
                            integer(options, "explain", 0)));
                }
            }
            if (database != null && !options.containsKey("keep-mysql")) {
                database.dropDatabase();
            }
        } finally {
            if (database != null) {
                if (bufferPoolBefore > 0 && bufferPoolBefore < bufferPool) {
                    database.setBufferPool(bufferPoolBefore);
                }
                database.close();
            }
            if (!keepFiles && !options.containsKey("work-dir")) {
                deleteTree(work);
            }
        }
        report.seconds = (System.nanoTime() - started) / 1e9;
        report.loadAfter = loadAverage();
        report.date = startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        report.command = options.getOrDefault("command", "java " + String.join(" ",
                ManagementFactory.getRuntimeMXBean().getInputArguments()) + " "
                + BenchmarkMain.class.getName() + " " + String.join(" ", args));
        String markdown = report.markdown();
        System.out.print(markdown);
        System.out.flush();
        if (options.containsKey("report")) {
            Path file = Paths.get(options.get("report"));
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        }
    }

    // The 1, 5 and 15 minute load averages: how busy the machine was with other work too.
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i] + "; options start with --");
            }
            String name = args[i].substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "");
            }
        }
        return options;
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)).replace("_", ""));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
