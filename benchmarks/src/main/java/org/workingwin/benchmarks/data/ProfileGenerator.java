package org.workingwin.benchmarks.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.workingwin.benchmarks.data.ReferenceData.District;
import org.workingwin.benchmarks.data.ReferenceData.Occupation;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Realistic participant profiles, each a pure function of the seed and its id: wanted roles from the
 * same real job titles as the vacancies (leaning to the entry-level work most IPS participants look
 * for), a home district (mostly in the Sheffield City Region, some across Great Britain), a travel
 * distance of 5 to 40 km, accepted work modes, none to three functional needs from the taxonomy
 * (mental-health and musculoskeletal ones most often), each "must have" or "would help", hours, and
 * sometimes a minimum pay, contract types, patterns, skills, sectors or a demand to avoid.
 */
public final class ProfileGenerator {

    // Share of wanted roles per SOC major group: IPS participants mostly seek entry-level work.
    private static final double[] MAJOR_GROUP_SHARE = {0, 0.02, 0.08, 0.10, 0.18, 0.10, 0.17, 0.15, 0.08, 0.12};
    private static final double[] TRAVEL_KM = {5, 8, 10, 10, 15, 15, 20, 20, 25, 30, 40};
    private static final List<String> SECTORS = List.of("Health and social care", "Retail", "Hospitality",
            "Logistics", "Public sector", "Education", "Charity", "Manufacturing");
    private static final List<String> AVOIDED = List.of("night_work", "heavy_lifting", "call_centre_work", "driving",
            "early_starts", "front_line_public_work", "long_shifts");

    private final long seed;
    private final double regionShare;
    private final Weighted<Occupation> occupations;
    private final Weighted<District> regionDistricts;
    private final Weighted<District> allDistricts;
    private final Weighted<Need> needs;
    private final List<String> skills;

    /** @param regionShare share of participants living in the Sheffield City Region */
    public ProfileGenerator(ReferenceData data, Taxonomy taxonomy, long seed, double regionShare) {
        this.seed = seed;
        this.regionShare = regionShare;
        int[] perGroup = new int[10];
        data.occupations().forEach(o -> perGroup[o.majorGroup()]++);
        this.occupations = new Weighted<>(data.occupations(),
                o -> MAJOR_GROUP_SHARE[o.majorGroup()] / perGroup[o.majorGroup()]);
        this.regionDistricts = new Weighted<>(data.districts().stream().filter(District::region).toList(),
                District::postcodes);
        this.allDistricts = new Weighted<>(data.districts(), District::postcodes);
        this.needs = new Weighted<>(taxonomy.needs(), need -> needWeight(need.code()));
        this.skills = data.skills();
    }

    private static double needWeight(String code) {
        return switch (code) {
            case "stress" -> 3;
            case "anxiety_people", "fatigue" -> 2.5;
            case "concentration", "fluctuating_condition", "pain_sitting_standing" -> 2;
            case "sleep_medication", "lifting_limits", "recruitment_anxiety" -> 1.5;
            case "walking_travel_limits" -> 1.2;
            case "repetitive_strain" -> 0.8;
            default -> 1;
        };
    }

    /** The profile with this id; the same id always gives the same profile. */
    public ParticipantProfile profile(long id) {
        SplittableRandom r = VacancyGenerator.random(seed ^ 0x5DEECE66DL, id);
        Occupation first = occupations.pick(r);
        List<String> roles = new ArrayList<>();
        roles.add(VacancyGenerator.typed(VacancyGenerator.jobTitle(first, r)));
        if (r.nextDouble() < 0.4) {
            roles.add(VacancyGenerator.typed(VacancyGenerator.jobTitle(occupations.pick(r), r)));
        }
        Set<String> codes = r.nextDouble() < 0.4 ? Set.of(first.code()) : Set.of();
        String skillText = null;
        if (r.nextDouble() < 0.35) {
            Set<String> chosen = new TreeSet<>();
            int count = 1 + r.nextInt(2);
            while (chosen.size() < count) {
                chosen.add(skills.get(r.nextInt(skills.size())));
            }
            skillText = String.join(", ", chosen);
        }
        Set<String> sectors = r.nextDouble() < 0.2 ? Set.of(SECTORS.get(r.nextInt(SECTORS.size()))) : Set.of();
        Double hoursMin = null;
        Double hoursMax = null;
        double h = r.nextDouble();
        if (h < 0.25) {
            hoursMin = r.nextBoolean() ? 16.0 : 10.0;
            hoursMax = r.nextBoolean() ? 25.0 : 20.0;
        } else if (h < 0.50) {
            hoursMin = 16.0;
            hoursMax = 37.5;
        } else if (h < 0.65) {
            hoursMin = 30.0;
            hoursMax = 40.0;
        } else if (h < 0.72) {
            hoursMax = 16.0;
        }
        Set<String> patterns = new TreeSet<>();
        if (r.nextDouble() < 0.5) {
            patterns.add("DAYS");
            if (r.nextDouble() < 0.3) {
                patterns.add("EVENINGS");
            }
            if (r.nextDouble() < 0.3) {
                patterns.add("WEEKENDS");
            }
        }
        Double minimumPay = r.nextDouble() < 0.4 ? Math.round((12.71 + r.nextDouble() * 2.3) * 100) / 100.0 : null;
        Set<String> contracts = new TreeSet<>();
        if (r.nextDouble() < 0.25) {
            contracts.add("PERMANENT");
            if (r.nextBoolean()) {
                contracts.add("FIXED_TERM");
            }
        }
        District home = r.nextDouble() < regionShare ? regionDistricts.pick(r) : allDistricts.pick(r);
        double travel = TRAVEL_KM[r.nextInt(TRAVEL_KM.length)];
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        if (r.nextDouble() < 0.85) {
            modes.add(WorkMode.ON_SITE);
        }
        if (r.nextDouble() < 0.6) {
            modes.add(WorkMode.HYBRID);
        }
        if (r.nextDouble() < 0.45 || modes.isEmpty()) {
            modes.add(WorkMode.REMOTE);
        }
        Map<String, NeedLevel> needed = new LinkedHashMap<>();
        double n = r.nextDouble();
        int count = n < 0.25 ? 0 : n < 0.60 ? 1 : n < 0.85 ? 2 : 3;
        while (needed.size() < count) {
            Need need = needs.pick(r);
            needed.putIfAbsent(need.code(), r.nextDouble() < 0.4 ? NeedLevel.MUST_HAVE : NeedLevel.WOULD_HELP);
        }
        Set<String> avoids = r.nextDouble() < 0.2 ? Set.of(AVOIDED.get(r.nextInt(AVOIDED.size()))) : Set.of();
        return new ParticipantProfile(id, String.join(", ", roles), codes, skillText, sectors, hoursMin, hoursMax,
                patterns, minimumPay, contracts, home.outcode(), home.centroid(), travel, modes, needed, avoids);
    }

    /** A home-like place for browse queries: a district drawn as participants' homes are. */
    public District district(SplittableRandom r) {
        return r.nextDouble() < regionShare ? regionDistricts.pick(r) : allDistricts.pick(r);
    }
}
