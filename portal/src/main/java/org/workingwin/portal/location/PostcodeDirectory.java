package org.workingwin.portal.location;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.portal.base.csv.CsvLine;

/**
 * Resolves postcodes to postcode districts, coordinates and local authorities from OS Code-Point Open
 * district centroids (shipped in {@code location/outcodes.csv}). District precision is what matching
 * needs, and keeps us from storing full addresses.
 */
@Singleton
public class PostcodeDirectory {

    /** Longest postcode we accept as typed (with spaces), e.g. "DN22 7AB " trimmed. */
    public static final int MAX_LENGTH = 10;

    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");
    private static final Pattern DISTRICT = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");

    private final Map<String, District> districts;

    public PostcodeDirectory() {
        this.districts = load();
    }

    /** A full postcode ("S1 2HE") or a district alone ("S1"). */
    public PostcodeLocation resolve(String typed) throws InvalidPostcodeException {
        String compact = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.isEmpty()) {
            throw new InvalidPostcodeException("Enter a postcode, like S1 2HE");
        }
        String outcode;
        String tidy;
        Matcher full = FULL.matcher(compact);
        if (full.matches()) {
            outcode = full.group(1);
            tidy = outcode + " " + full.group(2);
        } else if (DISTRICT.matcher(compact).matches()) {
            outcode = compact;
            tidy = compact;
        } else {
            throw new InvalidPostcodeException("Enter a real postcode, like S1 2HE or DN22 7AB");
        }
        District district = districts.get(outcode);
        if (district == null) {
            throw new InvalidPostcodeException("We cannot find the postcode district " + outcode
                    + ". Check the postcode and try again");
        }
        return new PostcodeLocation(tidy, outcode, district.point(), district.ladCode(), district.ladName());
    }

    /** The district's location, when the district exists. */
    public Optional<PostcodeLocation> district(String outcode) {
        try {
            return Optional.of(resolve(outcode));
        } catch (InvalidPostcodeException e) {
            return Optional.empty();
        }
    }

    private record District(GeoPoint point, String ladCode, String ladName) {
    }

    private static Map<String, District> load() {
        Map<String, District> result = new HashMap<>(4096);
        try (InputStream in = PostcodeDirectory.class.getResourceAsStream("/location/outcodes.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = CsvLine.split(line);
                result.put(f.get(0), new District(
                        new GeoPoint(Double.parseDouble(f.get(1)), Double.parseDouble(f.get(2))), f.get(3), f.get(4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the postcode district data", e);
        }
        return Map.copyOf(result);
    }
}
