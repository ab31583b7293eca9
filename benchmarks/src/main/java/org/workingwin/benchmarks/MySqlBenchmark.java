package org.workingwin.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.workingwin.benchmarks.data.ProfileGenerator;
import org.workingwin.benchmarks.data.VacancyGenerator;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.profile.MatchWeights;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.NeedRules;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.PayRates;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * The engine's match query answered by MySQL (MariaDB here), on the same generated vacancies and
 * profiles, to show what the index buys. The table is made as fast as a careful MySQL design allows:
 * needs met and needs in conflict are precomputed per row with the engine's own {@link NeedRules}
 * (as bit masks, so each need rule is one bitwise test), demands and patterns are bit masks, pay is
 * stored as the engine's hourly equivalent, the place is a POINT with a spatial index, and title plus
 * description have an InnoDB FULLTEXT index. Each profile's hard rules become one WHERE per branch
 * (remote work, or within travel distance by bounding box then ST_Distance_Sphere with the engine's
 * Earth radius), and its ranking the engine's weights over FULLTEXT relevance, distance, occupation,
 * needs, sector, contract, pattern and recency; top 20 plus the exact total, in one statement.
 * Reasons are not written: that is the engine's extra work, not MySQL's.
 */
final class MySqlBenchmark implements AutoCloseable {

    /** What MySQL did at one size. */
    record Result(int size, double loadSeconds, double indexSeconds, long dataBytes, long indexBytes, long fileBytes,
            long fullTextBytes,
            Latencies match, long[] totals, int compared, int equal, List<String> differences, int idSetsCompared,
            int idSetsEqual) {}

    static final String DATABASE = "workingwin_bench";
    private static final int CHUNK = 100_000;
    private static final String[] PATTERNS = {"DAYS", "EVENINGS", "NIGHTS", "WEEKENDS"};
    // The engine's Earth radius, in metres, so both sides measure the same distance.
    private static final double EARTH_RADIUS_M = GeoPoint.EARTH_RADIUS_KM * 1000;
    private static final long RECENCY_PIVOT_S = MatchWeights.RECENCY_PIVOT_DAYS * 86_400;

    private final Connection connection;
    private final Taxonomy taxonomy;
    private final NeedRules rules;
    private final Map<String, Integer> needBit = new HashMap<>();
    private final Map<String, Integer> demandBit = new HashMap<>();

    MySqlBenchmark(String url, Taxonomy taxonomy) throws SQLException {
        this.connection = DriverManager.getConnection(url);
        this.taxonomy = taxonomy;
        this.rules = new NeedRules(taxonomy);
        List<Need> needs = taxonomy.needs();
        for (int i = 0; i < needs.size(); i++) {
            needBit.put(needs.get(i).code(), i);
        }
        List<Demand> demands = taxonomy.demands();
        for (int i = 0; i < demands.size(); i++) {
            demandBit.put(demands.get(i).code(), i);
        }
        if (needs.size() > 31 || demands.size() > 31) {
            throw new IllegalStateException("The bit masks hold at most 31 needs and 31 demands");
        }
    }

    String version() throws SQLException {
        return scalar("SELECT VERSION()");
    }

    long bufferPoolBytes() throws SQLException {
        return Long.parseLong(scalar("SELECT @@innodb_buffer_pool_size"));
    }

    /**
     * Grows the InnoDB buffer pool to {@code bytes} if it is smaller (it is resized online), waiting
     * until the resize is done; returns the size before, so the caller can put it back.
     */
    long growBufferPool(long bytes) throws SQLException, InterruptedException {
        long before = bufferPoolBytes();
        if (before < bytes) {
            setBufferPool(bytes);
        }
        return before;
    }

    void setBufferPool(long bytes) throws SQLException, InterruptedException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
        }
        for (int i = 0; i < 600; i++) {
            String status = scalarOrEmpty("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'", 2);
            if (status.isEmpty() || status.toLowerCase(Locale.ROOT).contains("complete")) {
                return;
            }
            Thread.sleep(100);
        }
    }

    Result run(int size, VacancyGenerator vacancies, ProfileGenerator profiles, int profileCount, int warmup,
            long[] luceneTotals, Map<Long, Set<Long>> luceneIds, Path work, int explain)
            throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("USE " + DATABASE);
            s.execute("""
                    CREATE TABLE vacancy (
                      id BIGINT NOT NULL PRIMARY KEY,
                      title VARCHAR(255) NOT NULL,
                      description TEXT NOT NULL,
                      occupation_code CHAR(4) NULL,
                      local_authority VARCHAR(80) NOT NULL,
                      work_mode TINYINT NOT NULL,
                      lat DOUBLE NOT NULL,
                      lon DOUBLE NOT NULL,
                      pt POINT NOT NULL,
                      hours_min DOUBLE NOT NULL,
                      hours_max DOUBLE NOT NULL,
                      patterns TINYINT UNSIGNED NOT NULL,
                      contract VARCHAR(16) NOT NULL,
                      pay_hourly DOUBLE NULL,
                      closing_day INT NOT NULL,
                      published_second BIGINT NOT NULL,
                      meets INT UNSIGNED NOT NULL,
                      conflicts INT UNSIGNED NOT NULL,
                      demands INT UNSIGNED NOT NULL,
                      sector_key VARCHAR(64) NULL
                    ) ENGINE=InnoDB""");
        }
        LuceneBenchmark.log("mysql: loading %,d vacancies with LOAD DATA LOCAL INFILE", size);
        long start = System.nanoTime();
        Path file = work.resolve("vacancies.tsv");
        for (long first = 1; first <= size; first += CHUNK) {
            long count = Math.min(CHUNK, size - first + 1);
            writeChunk(file, vacancies.vacancies(first, count));
            try (Statement s = connection.createStatement()) {
                s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' INTO TABLE vacancy CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                        + " LINES TERMINATED BY '\\n' (id, title, description, occupation_code, local_authority,"
                        + " work_mode, lat, lon, hours_min, hours_max, patterns, contract, pay_hourly, closing_day,"
                        + " published_second, meets, conflicts, demands, sector_key) SET pt = POINT(lon, lat)");
            }
            Files.deleteIfExists(file);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        LuceneBenchmark.log("  loaded in %.1f s; building indexes", loadSeconds);
        start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE vacancy ADD FULLTEXT INDEX vacancy_text (title, description)");
            s.execute("ALTER TABLE vacancy ADD SPATIAL INDEX vacancy_place (pt)");
            s.execute("ALTER TABLE vacancy ADD INDEX vacancy_mode_closing (work_mode, closing_day)");
            s.execute("ANALYZE TABLE vacancy");
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        long dataBytes = Long.parseLong(scalar("SELECT data_length FROM information_schema.tables"
                + " WHERE table_schema = '" + DATABASE + "' AND table_name = 'vacancy'"));
        long indexBytes = Long.parseLong(scalar("SELECT index_length FROM information_schema.tables"
                + " WHERE table_schema = '" + DATABASE + "' AND table_name = 'vacancy'"));
        long fileBytes = fileBytes("%");
        long fullTextBytes = fileBytes("FTS%");
        LuceneBenchmark.log("  indexes built in %.1f s; data %,d MB, indexes %,d MB; files %,d MB (full-text %,d MB)",
                indexSeconds, dataBytes >> 20, indexBytes >> 20, fileBytes >> 20, fullTextBytes >> 20);

        for (int i = 0; i < explain; i++) {
            LuceneBenchmark.log("plan for profile %d:%n%s", LuceneBenchmark.measuredProfile(i),
                    explain(profiles.profile(LuceneBenchmark.measuredProfile(i))));
        }
        LuceneBenchmark.log("mysql match: %d warm-up, %d measured", warmup, profileCount);
        for (int i = 0; i < warmup; i++) {
            top(profiles.profile(1_000_000_000L + i));
        }
        Latencies match = new Latencies();
        long[] totals = new long[profileCount];
        int equal = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < profileCount; i++) {
            ParticipantProfile p = profiles.profile(LuceneBenchmark.measuredProfile(i));
            long t = System.nanoTime();
            long total;
            try {
                total = top(p);
            } catch (SQLException e) {
                // Reported, not fatal: one odd plan must not lose a run that took minutes to load.
                differences.add("profile " + p.id() + ": MySQL failed: " + e.getMessage());
                totals[i] = -1;
                continue;
            }
            match.add(System.nanoTime() - t);
            totals[i] = total;
            if (total == luceneTotals[i]) {
                equal++;
            } else {
                differences.add("profile " + p.id() + ": Lucene " + luceneTotals[i] + ", MySQL " + total);
            }
        }
        int idSetsEqual = 0;
        for (Map.Entry<Long, Set<Long>> e : luceneIds.entrySet()) {
            Set<Long> mine = ids(profiles.profile(e.getKey()));
            if (mine.equals(e.getValue())) {
                idSetsEqual++;
            } else {
                Set<Long> onlyLucene = new TreeSet<>(e.getValue());
                onlyLucene.removeAll(mine);
                Set<Long> onlyMySql = new TreeSet<>(mine);
                onlyMySql.removeAll(e.getValue());
                differences.add("profile " + e.getKey() + " ids: only Lucene " + first(onlyLucene) + ", only MySQL "
                        + first(onlyMySql));
            }
        }
        LuceneBenchmark.log("  p50 %.1f ms, p99 %.1f ms; %d/%d totals equal, %d/%d id sets equal", match.p50(),
                match.p99(), equal, profileCount, idSetsEqual, luceneIds.size());
        return new Result(size, loadSeconds, indexSeconds, dataBytes, indexBytes, fileBytes, fullTextBytes, match,
                totals, profileCount, equal,
                differences, luceneIds.size(), idSetsEqual);
    }

    private static String first(Set<Long> ids) {
        return ids.stream().limit(10).toList() + (ids.size() > 10 ? " (" + ids.size() + " in all)" : "");
    }

    // Sizes of the database's InnoDB files (table, indexes and the full-text index's own tables).
    private long fileBytes(String namePattern) {
        try {
            return Long.parseLong(scalar("SELECT COALESCE(SUM(file_size), 0) FROM information_schema.innodb_sys_tablespaces"
                    + " WHERE name LIKE '" + DATABASE + "/" + namePattern + "'"));
        } catch (SQLException | NumberFormatException e) {
            return 0;
        }
    }

    private void writeChunk(Path file, Iterable<IndexedVacancy> chunk) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(2048);
            for (IndexedVacancy v : chunk) {
                line.setLength(0);
                line.append(v.id()).append('\t');
                escape(line, v.title()).append('\t');
                escape(line, v.description()).append('\t');
                nullable(line, v.occupationCode()).append('\t');
                escape(line, v.localAuthority()).append('\t');
                line.append(v.workMode().ordinal()).append('\t');
                line.append(v.location().latitude()).append('\t');
                line.append(v.location().longitude()).append('\t');
                line.append(v.hoursMin()).append('\t');
                line.append(v.hoursMax()).append('\t');
                line.append(patternMask(v.patterns())).append('\t');
                line.append(v.contractType()).append('\t');
                OptionalDouble hourly = PayRates.vacancyHourly(v.payMin(), v.payMax(), v.payPeriod());
                line.append(hourly.isPresent() ? Double.toString(hourly.getAsDouble()) : "\\N").append('\t');
                line.append(v.closingDate().toEpochDay()).append('\t');
                line.append(v.publishedAt().getEpochSecond()).append('\t');
                line.append(mask(rules.needsMet(v.adjustments()), needBit)).append('\t');
                line.append(mask(rules.needsInConflict(v.adjustments(), v.demands()), needBit)).append('\t');
                line.append(mask(v.demands(), demandBit)).append('\t');
                nullable(line, v.sector() == null ? null : v.sector().toLowerCase(Locale.ROOT)).append('\n');
                w.append(line);
            }
        }
    }

    private static StringBuilder nullable(StringBuilder line, String value) {
        return value == null ? line.append("\\N") : escape(line, value);
    }

    private static StringBuilder escape(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }

    private static long mask(Set<String> codes, Map<String, Integer> bits) {
        long mask = 0;
        for (String code : codes) {
            Integer bit = bits.get(code);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    private static int patternMask(Set<String> patterns) {
        int mask = 0;
        for (int i = 0; i < PATTERNS.length; i++) {
            if (patterns.contains(PATTERNS[i])) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /** Runs the top-20 query; returns the exact number of eligible vacancies. */
    long top(ParticipantProfile p) throws SQLException {
        List<Object> params = new ArrayList<>();
        String eligible = eligible(p, params, true);
        if (eligible == null) {
            return 0;
        }
        String sql = "SELECT id, score, COUNT(*) OVER () AS total FROM (" + eligible
                + ") AS eligible ORDER BY score DESC, id LIMIT 20";
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            long total = 0;
            while (rs.next()) {
                total = rs.getLong(3);
                rs.getLong(1);
                rs.getDouble(2);
            }
            return total;
        }
    }

    /** MySQL's plan for one profile's top-20 query, for checking that it uses the indexes. */
    String explain(ParticipantProfile p) throws SQLException {
        List<Object> params = new ArrayList<>();
        String eligible = eligible(p, params, true);
        if (eligible == null) {
            return "(no query: nothing within reach)";
        }
        String sql = "EXPLAIN SELECT id, score, COUNT(*) OVER () AS total FROM (" + eligible
                + ") AS eligible ORDER BY score DESC, id LIMIT 20";
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    plan.append(c == 1 ? "" : " | ").append(rs.getMetaData().getColumnLabel(c)).append('=')
                            .append(rs.getString(c));
                }
                plan.append('\n');
            }
        }
        return plan.toString();
    }

    /**
     * Every eligible id, for comparing whole sets with the engine. Each branch runs on its own:
     * MariaDB 10.11 refuses some UNIONs whose branch reads the spatial index (error 1207, "Update
     * locks cannot be acquired during a READ UNCOMMITTED transaction").
     */
    Set<Long> ids(ParticipantProfile p) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        for (Branch branch : branches(p, false)) {
            try (PreparedStatement s = prepare(branch.sql(), branch.params()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    /**
     * The eligible rows as a UNION ALL of a remote branch and a within-reach branch (an OR across
     * them would stop MySQL using either index), with a score column when {@code scored}; null when
     * the profile can reach nothing.
     */
    private String eligible(ParticipantProfile p, List<Object> params, boolean scored) {
        List<Branch> branches = branches(p, scored);
        if (branches.isEmpty()) {
            return null;
        }
        branches.forEach(b -> params.addAll(b.params()));
        return String.join(" UNION ALL ", branches.stream().map(Branch::sql).toList());
    }

    /** One SELECT of the eligible rows, with its parameters. */
    private record Branch(String sql, List<Object> params) {}

    /**
     * The remote branch and the within-reach branch of a profile's eligible rows (either may be
     * missing); empty when the profile can reach nothing.
     */
    private List<Branch> branches(ParticipantProfile p, boolean scored) {
        List<Branch> branches = new ArrayList<>();
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.MUST_HAVE && !needBit.containsKey(need.getKey())) {
                return branches;
            }
        }
        if (p.workModes().contains(WorkMode.REMOTE)) {
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT id");
            if (scored) {
                sql.append(", ").append(score(p, params, null));
            }
            sql.append(" FROM vacancy WHERE work_mode = ").append(WorkMode.REMOTE.ordinal());
            rules(p, sql, params);
            branches.add(new Branch(sql.toString(), params));
        }
        List<String> local = p.workModes().stream().filter(m -> m != WorkMode.REMOTE)
                .map(m -> Integer.toString(m.ordinal())).toList();
        if (p.home() != null && !local.isEmpty()) {
            GeoPoint home = p.home();
            String distance = "ST_Distance_Sphere(pt, POINT(" + home.longitude() + ", " + home.latitude() + "), "
                    + EARTH_RADIUS_M + ")";
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT id");
            if (scored) {
                sql.append(", ").append(score(p, params, distance));
            }
            sql.append(" FROM vacancy WHERE work_mode IN (").append(String.join(", ", local)).append(")");
            sql.append(" AND MBRContains(ST_GeomFromText('").append(box(home, p.maxTravelKm())).append("'), pt)");
            sql.append(" AND ").append(distance).append(" <= ").append(p.maxTravelKm() * 1000);
            rules(p, sql, params);
            branches.add(new Branch(sql.toString(), params));
        }
        return branches;
    }

    private void rules(ParticipantProfile p, StringBuilder sql, List<Object> params) {
        sql.append(" AND closing_day >= ?");
        params.add(VacancyGenerator.TODAY.toEpochDay());
        if (p.hoursMax() != null) {
            sql.append(" AND hours_min <= ?");
            params.add(p.hoursMax());
        }
        if (p.hoursMin() != null) {
            sql.append(" AND hours_max >= ?");
            params.add(p.hoursMin());
        }
        if (p.minimumHourlyPay() != null) {
            sql.append(" AND (pay_hourly IS NULL OR pay_hourly >= ?)");
            params.add(p.minimumHourlyPay());
        }
        long must = 0;
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.MUST_HAVE) {
                must |= 1L << needBit.get(need.getKey());
            }
        }
        if (must != 0) {
            sql.append(" AND (meets & ").append(must).append(") = ").append(must);
        }
        long all = mask(p.needs().keySet(), needBit);
        if (all != 0) {
            sql.append(" AND (conflicts & ").append(all).append(") = 0");
        }
        long avoid = mask(p.demandsToAvoid(), demandBit);
        if (avoid != 0) {
            sql.append(" AND (demands & ").append(avoid).append(") = 0");
        }
    }

    /** The engine's ranking (see {@link MatchWeights}) in SQL; {@code distance} null for the remote branch. */
    private String score(ParticipantProfile p, List<Object> params, String distance) {
        List<String> parts = new ArrayList<>();
        for (String text : new String[] {p.wantedRoles(), p.skills()}) {
            if (text != null) {
                parts.add(MatchWeights.TEXT + " * MATCH(title, description) AGAINST (?)");
                params.add(text);
            }
        }
        if (!p.occupationCodes().isEmpty()) {
            parts.add("IF(occupation_code IN (" + placeholders(p.occupationCodes(), params) + "), "
                    + MatchWeights.OCCUPATION + ", 0)");
        }
        long wouldHelp = 0;
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.WOULD_HELP && needBit.containsKey(need.getKey())) {
                wouldHelp |= 1L << needBit.get(need.getKey());
            }
        }
        if (wouldHelp != 0) {
            parts.add(MatchWeights.WOULD_HELP_NEED + " * BIT_COUNT(meets & " + wouldHelp + ")");
        }
        if (!p.sectors().isEmpty()) {
            Set<String> keys = new TreeSet<>();
            p.sectors().forEach(s -> keys.add(s.toLowerCase(Locale.ROOT)));
            parts.add("IF(sector_key IN (" + placeholders(keys, params) + "), " + MatchWeights.SECTOR + ", 0)");
        }
        if (!p.contractTypes().isEmpty()) {
            parts.add("IF(contract IN (" + placeholders(p.contractTypes(), params) + "), " + MatchWeights.CONTRACT
                    + ", 0)");
        }
        if (!p.patterns().isEmpty()) {
            int mine = patternMask(p.patterns());
            parts.add("IF((patterns & " + mine + ") <> 0 AND (patterns & " + (~mine & 15) + ") = 0, "
                    + MatchWeights.PATTERN + ", 0)");
        }
        if (distance == null) {
            parts.add(Float.toString(MatchWeights.DISTANCE));
        } else {
            double pivot = MatchWeights.DISTANCE_PIVOT_KM * 1000;
            parts.add(MatchWeights.DISTANCE + " * " + pivot + " / (" + pivot + " + " + distance + ")");
        }
        long endOfToday = VacancyGenerator.TODAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        parts.add(MatchWeights.RECENCY + " * " + RECENCY_PIVOT_S + " / (" + RECENCY_PIVOT_S + " + ABS(" + endOfToday
                + " - published_second))");
        return "(" + String.join(" + ", parts) + ") AS score";
    }

    private static String placeholders(Set<String> values, List<Object> params) {
        params.addAll(values);
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    /** A longitude-latitude box around {@code centre} holding every point within {@code km}, with slack. */
    static String box(GeoPoint centre, double km) {
        double dLat = Math.toDegrees(km * 1.01 / GeoPoint.EARTH_RADIUS_KM) + 0.001;
        double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(centre.latitude()) + dLat)));
        double dLon = Math.min(180, dLat / Math.max(cos, 1e-6));
        double south = centre.latitude() - dLat;
        double north = centre.latitude() + dLat;
        double west = centre.longitude() - dLon;
        double east = centre.longitude() + dLon;
        return String.format(Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", west, south, east, south,
                east, north, west, north, west, south);
    }

    void dropDatabase() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private String scalar(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String scalarOrEmpty(String sql, int column) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(column) : "";
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
