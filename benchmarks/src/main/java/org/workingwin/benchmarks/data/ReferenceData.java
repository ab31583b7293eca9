package org.workingwin.benchmarks.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.workingwin.matching.geo.GeoPoint;

/**
 * The real reference data the generators draw from, read from this module's resources (reduced from
 * the shared data folder by {@code benchmarks/tools/reduce_reference_data.py}; the benchmark never
 * reads that folder). Occupations are ONS SOC 2020 unit groups with their related job titles, ESCO
 * labels, description and tasks; districts are every postcode district of Great Britain with its
 * centroid and local authority; skills come from hand-labelled UK job adverts. Each file names its
 * source and attribution in its header. Immutable.
 */
public final class ReferenceData {

    /** One SOC 2020 unit group. */
    public record Occupation(String code, int majorGroup, int subMajorGroup, String title, List<String> titles,
            List<String> escoTitles, String description, List<String> tasks) {}

    /** A local authority's share of a split postcode district. */
    public record Share(String authority, double share) {}

    /**
     * One postcode district: its centroid, how many postcodes it has (the weight), its main local
     * authority, whether it is in the Sheffield City Region, and, for those, every authority's share.
     */
    public record District(String outcode, GeoPoint centroid, int postcodes, String localAuthority, boolean region,
            List<Share> authorities) {}

    private static final String FOLDER = "/org/workingwin/benchmarks/data/";

    private final List<Occupation> occupations;
    private final List<District> districts;
    private final List<String> skills;

    private ReferenceData(List<Occupation> occupations, List<District> districts, List<String> skills) {
        this.occupations = List.copyOf(occupations);
        this.districts = List.copyOf(districts);
        this.skills = List.copyOf(skills);
    }

    /** Reads the three files shipped with this module. */
    public static ReferenceData load() {
        List<Occupation> occupations = read("occupations.tsv", 8, c -> new Occupation(c[0], Integer.parseInt(c[1]),
                Integer.parseInt(c[2]), c[3], list(c[4]), list(c[5]), c[6], list(c[7])));
        List<District> districts = read("districts.tsv", 7, c -> new District(c[0],
                new GeoPoint(Double.parseDouble(c[1]), Double.parseDouble(c[2])), Integer.parseInt(c[3]), c[4],
                "SCR".equals(c[5]), shares(c[6])));
        List<String> skills = read("skills.tsv", 1, c -> c[0]);
        return new ReferenceData(occupations, districts, skills);
    }

    public List<Occupation> occupations() {
        return occupations;
    }

    public List<District> districts() {
        return districts;
    }

    public List<String> skills() {
        return skills;
    }

    private static <T> List<T> read(String file, int columns, Function<String[], T> row) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i] == null ? "" : cells[i];
                }
                rows.add(row.apply(cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<String> list(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Share> shares(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<Share> shares = new ArrayList<>();
        for (String part : cell.split(";")) {
            int colon = part.lastIndexOf(':');
            shares.add(new Share(part.substring(0, colon), Double.parseDouble(part.substring(colon + 1))));
        }
        return shares;
    }
}
