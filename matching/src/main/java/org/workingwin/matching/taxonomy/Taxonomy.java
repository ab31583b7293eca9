package org.workingwin.matching.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The adjustments, job demands and functional needs the whole product speaks in, read from one
 * versioned JSON file that the portal also serves to its clients unchanged. It exists so that the
 * vocabulary is data, checked once when it is read: every code is unique and every cross-reference
 * (an adjustment's group, a need's adjustments, a conflict's demand) points at something that exists,
 * so no caller has to cope with a dangling code. Instances are immutable and safe to share.
 */
public final class Taxonomy {

    private static final String RESOURCE = "taxonomy.json";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            // A misspelt key would otherwise silently become an empty list.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final int version;
    private final List<AdjustmentGroup> groups;
    private final List<Adjustment> adjustments;
    private final Map<String, Adjustment> adjustmentsByCode;
    private final Map<String, List<Adjustment>> adjustmentsByGroup;
    private final List<Demand> demands;
    private final Map<String, Demand> demandsByCode;
    private final List<Need> needs;
    private final Map<String, Need> needsByCode;

    private Taxonomy(int version, List<AdjustmentGroup> groups, List<Adjustment> adjustments,
            List<Demand> demands, List<Need> needs) {
        this.version = version;
        this.groups = List.copyOf(groups);
        this.adjustments = List.copyOf(adjustments);
        this.demands = List.copyOf(demands);
        this.needs = List.copyOf(needs);
        this.adjustmentsByCode = index(adjustments, Adjustment::code);
        this.demandsByCode = index(demands, Demand::code);
        this.needsByCode = index(needs, Need::code);
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        for (AdjustmentGroup group : groups) {
            byGroup.put(group.code(), new ArrayList<>());
        }
        for (Adjustment adjustment : adjustments) {
            byGroup.get(adjustment.group()).add(adjustment);
        }
        byGroup.replaceAll((code, list) -> List.copyOf(list));
        this.adjustmentsByGroup = Map.copyOf(byGroup);
    }

    /** The taxonomy shipped with this module, read and checked once per class loader. */
    public static Taxonomy loadDefault() {
        return Default.TAXONOMY;
    }

    /**
     * The exact bytes of the shipped taxonomy file, so the portal can serve it without re-encoding
     * (and so clients see the same field order and wording as this module). A fresh copy each call.
     */
    public static byte[] defaultJson() {
        return Default.JSON.clone();
    }

    /**
     * Reads and checks a taxonomy. The stream is left open for the caller to close.
     *
     * @throws IllegalArgumentException if the JSON is malformed or breaks a rule; the message names
     *     the offending code
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Taxonomy read(InputStream json) {
        RawTaxonomy raw;
        try {
            raw = MAPPER.readValue(json, RawTaxonomy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Taxonomy JSON is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the taxonomy", e);
        }
        if (raw == null) {
            throw new IllegalArgumentException("Taxonomy JSON is empty");
        }
        return validate(raw);
    }

    public int version() {
        return version;
    }

    public List<AdjustmentGroup> groups() {
        return groups;
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /** Adjustments of one group in file order; empty for an unknown group. */
    public List<Adjustment> adjustmentsIn(String groupCode) {
        return adjustmentsByGroup.getOrDefault(groupCode, List.of());
    }

    public Optional<Adjustment> adjustment(String code) {
        return Optional.ofNullable(code == null ? null : adjustmentsByCode.get(code));
    }

    public List<Demand> demands() {
        return demands;
    }

    public Optional<Demand> demand(String code) {
        return Optional.ofNullable(code == null ? null : demandsByCode.get(code));
    }

    public List<Need> needs() {
        return needs;
    }

    public Optional<Need> need(String code) {
        return Optional.ofNullable(code == null ? null : needsByCode.get(code));
    }

    private static Taxonomy validate(RawTaxonomy raw) {
        if (raw.version() == null || raw.version() < 1) {
            throw new IllegalArgumentException("Taxonomy version must be a whole number of at least 1");
        }
        Set<String> groupCodes = new HashSet<>();
        List<AdjustmentGroup> groups = new ArrayList<>();
        for (RawGroup g : orEmpty(raw.groups())) {
            String code = code("group", g.code(), groupCodes);
            groups.add(new AdjustmentGroup(code, text("Group", code, "label", g.label())));
        }
        Set<String> adjustmentCodes = new HashSet<>();
        List<Adjustment> adjustments = new ArrayList<>();
        for (RawAdjustment a : orEmpty(raw.adjustments())) {
            String code = code("adjustment", a.code(), adjustmentCodes);
            String group = text("Adjustment", code, "group", a.group());
            refer("Adjustment", code, "group", group, groupCodes);
            adjustments.add(new Adjustment(code, group, text("Adjustment", code, "label", a.label()),
                    text("Adjustment", code, "description", a.description())));
        }
        Set<String> demandCodes = new HashSet<>();
        List<Demand> demands = new ArrayList<>();
        for (RawDemand d : orEmpty(raw.demands())) {
            String code = code("demand", d.code(), demandCodes);
            demands.add(new Demand(code, text("Demand", code, "label", d.label()),
                    text("Demand", code, "description", d.description())));
        }
        Set<String> needCodes = new HashSet<>();
        List<Need> needs = new ArrayList<>();
        for (RawNeed n : orEmpty(raw.needs())) {
            String code = code("need", n.code(), needCodes);
            List<String> metBy = orEmpty(n.metBy());
            if (metBy.isEmpty()) {
                throw new IllegalArgumentException("Need '" + code + "' is met by no adjustment");
            }
            for (String adjustment : metBy) {
                refer("Need", code, "adjustment", adjustment, adjustmentCodes);
            }
            List<Conflict> conflicts = new ArrayList<>();
            Set<String> conflictDemands = new HashSet<>();
            for (RawConflict c : orEmpty(n.conflicts())) {
                refer("Need", code, "demand", c.demand(), demandCodes);
                if (!conflictDemands.add(c.demand())) {
                    throw new IllegalArgumentException(
                            "Need '" + code + "' lists demand '" + c.demand() + "' twice");
                }
                for (String adjustment : orEmpty(c.mitigatedBy())) {
                    refer("Need", code, "adjustment", adjustment, adjustmentCodes);
                }
                conflicts.add(new Conflict(c.demand(), orEmpty(c.mitigatedBy())));
            }
            needs.add(new Need(code, text("Need", code, "label", n.label()),
                    text("Need", code, "helpsWith", n.helpsWith()), metBy, conflicts));
        }
        return new Taxonomy(raw.version(), groups, adjustments, demands, needs);
    }

    private static String code(String kind, String code, Set<String> seen) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "The " + kind + " code '" + code + "' is not lower_snake_case");
        }
        if (!seen.add(code)) {
            throw new IllegalArgumentException("Duplicate " + kind + " code '" + code + "'");
        }
        return code;
    }

    private static String text(String kind, String code, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " '" + code + "' has no " + field);
        }
        return value;
    }

    private static void refer(String kind, String code, String targetKind, String target, Set<String> known) {
        if (target == null || !known.contains(target)) {
            throw new IllegalArgumentException(
                    kind + " '" + code + "' refers to unknown " + targetKind + " '" + target + "'");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return Map.copyOf(map);
    }

    // Holder idiom: the file is read on first use, once, without locking on every call.
    private static final class Default {
        static final byte[] JSON = readResource();
        static final Taxonomy TAXONOMY = read(new ByteArrayInputStream(JSON));

        private static byte[] readResource() {
            try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + Taxonomy.class);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
        }
    }

    // The file's shape, nullable throughout, so validation can name what is missing.
    record RawTaxonomy(Integer version, List<RawGroup> groups, List<RawAdjustment> adjustments,
            List<RawDemand> demands, List<RawNeed> needs) {}

    record RawGroup(String code, String label) {}

    record RawAdjustment(String code, String group, String label, String description) {}

    record RawDemand(String code, String label, String description) {}

    record RawNeed(String code, String label, String helpsWith, List<String> metBy,
            List<RawConflict> conflicts) {}

    record RawConflict(String demand, List<String> mitigatedBy) {}
}
