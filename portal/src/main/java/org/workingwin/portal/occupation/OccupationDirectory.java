package org.workingwin.portal.occupation;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.base.csv.CsvLine;

/** The SOC 2020 unit groups (shipped in {@code occupation/soc2020.csv}) that vacancies are coded to. */
@Singleton
public class OccupationDirectory {

    private final Map<String, Occupation> byCode;

    public OccupationDirectory() {
        this.byCode = load();
    }

    public List<Occupation> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    private static Map<String, Occupation> load() {
        Map<String, Occupation> result = new LinkedHashMap<>();
        try (InputStream in = OccupationDirectory.class.getResourceAsStream("/occupation/soc2020.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>(reader.lines().filter(l -> !l.startsWith("#")).toList());
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = CsvLine.split(line);
                result.put(f.get(0), new Occupation(f.get(0), f.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SOC 2020 occupations", e);
        }
        return result;
    }
}
