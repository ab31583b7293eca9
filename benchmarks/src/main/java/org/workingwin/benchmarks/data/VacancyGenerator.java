package org.workingwin.benchmarks.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.workingwin.benchmarks.data.ReferenceData.District;
import org.workingwin.benchmarks.data.ReferenceData.Occupation;
import org.workingwin.benchmarks.data.ReferenceData.Share;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Realistic vacancies, each a pure function of the seed and its id, so that a million of them can be
 * streamed into the index and again into MySQL without ever being held in memory, and so that any one
 * can be rebuilt later (the reverse-match benchmark asks for the same vacancy again). Titles are real
 * SOC 2020 related job titles or ESCO labels; descriptions are the unit group's description and
 * tasks; places are real postcode districts (a chosen share in the Sheffield City Region, the rest
 * across Great Britain, each weighted by its number of postcodes) with their centroids and local
 * authorities; hours, pay, contract, work mode, patterns, adjustments and demands follow the
 * occupation. The mixes are assumptions stated in the code, not measured from adverts.
 */
public final class VacancyGenerator {

    /** The day every benchmark runs "on", so closing dates and recency do not drift with the calendar. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    // Share of adverts per SOC major group (1 managers ... 9 elementary), a rough mix of UK online adverts.
    private static final double[] MAJOR_GROUP_SHARE = {0, 0.07, 0.21, 0.16, 0.10, 0.09, 0.13, 0.09, 0.06, 0.09};
    // Lowest and highest typical hourly pay per major group, in pounds (2026 National Living Wage 12.71).
    private static final double[][] HOURLY_PAY = {{}, {20, 45}, {17, 38}, {13.5, 26}, {12.71, 17}, {12.8, 21},
        {12.71, 14.5}, {12.71, 15}, {12.8, 17}, {12.71, 14}};
    private static final String[] ORGANISATION_WORDS = {"Community", "Park", "Valley", "Northern", "Peak", "Riverside",
        "United", "Castle", "Steel City", "Moorland", "County", "Hallam", "Don Valley", "Pennine", "Forge"};
    private static final String[] ORGANISATION_ENDINGS = {"Ltd", "Services", "Group", "Trust", "Partnership", "& Co",
        "Council", "Foundation", "Solutions", "Care"};
    private static final Map<Integer, List<String>> SECTORS = Map.of(
            1, List.of("Professional services", "Retail", "Manufacturing", "Public sector", "Hospitality"),
            2, List.of("Health and social care", "Education", "Public sector", "Information technology",
                    "Professional services", "Finance"),
            3, List.of("Health and social care", "Information technology", "Finance", "Public sector",
                    "Professional services", "Creative industries"),
            4, List.of("Public sector", "Professional services", "Finance", "Health and social care", "Education"),
            5, List.of("Construction", "Manufacturing", "Hospitality", "Retail"),
            6, List.of("Health and social care", "Education", "Hospitality", "Charity"),
            7, List.of("Retail", "Hospitality", "Finance", "Public sector"),
            8, List.of("Manufacturing", "Logistics", "Construction"),
            9, List.of("Logistics", "Retail", "Hospitality", "Health and social care", "Manufacturing", "Facilities"));
    private static final double[][] FULL_TIME = {{37.5, 37.5}, {35, 40}, {37, 37}, {39, 40}, {40, 40}, {30, 40}};
    private static final double[][] PART_TIME = {{16, 25}, {20, 20}, {16, 30}, {24, 30}, {25, 30}, {20, 30}};
    private static final double[][] FEW_HOURS = {{8, 16}, {10, 15}, {12, 16}, {6, 12}};
    private static final double[][] FLEXIBLE = {{10, 37.5}, {16, 37.5}, {0, 20}, {8, 40}};

    private final long seed;
    private final double regionShare;
    private final Weighted<Occupation> occupations;
    private final Weighted<District> regionDistricts;
    private final Weighted<District> allDistricts;
    private final List<String> adjustmentCodes;
    private final Map<Integer, Map<String, Double>> demandOdds = demandOdds();

    /**
     * @param regionShare share of vacancies placed in the Sheffield City Region (the rest are spread
     *     over all of Great Britain, the region included, by postcodes)
     */
    public VacancyGenerator(ReferenceData data, Taxonomy taxonomy, long seed, double regionShare) {
        this.seed = seed;
        this.regionShare = regionShare;
        int[] perGroup = new int[10];
        data.occupations().forEach(o -> perGroup[o.majorGroup()]++);
        this.occupations = new Weighted<>(data.occupations(),
                o -> MAJOR_GROUP_SHARE[o.majorGroup()] / perGroup[o.majorGroup()]);
        this.regionDistricts = new Weighted<>(data.districts().stream().filter(District::region).toList(),
                District::postcodes);
        this.allDistricts = new Weighted<>(data.districts(), District::postcodes);
        this.adjustmentCodes = taxonomy.adjustments().stream().map(Adjustment::code).toList();
    }

    /** The vacancy with this id; the same id always gives the same vacancy. */
    public IndexedVacancy vacancy(long id) {
        SplittableRandom r = random(seed, id);
        Occupation occupation = occupations.pick(r);
        int group = occupation.majorGroup();
        District district = r.nextDouble() < regionShare ? regionDistricts.pick(r) : allDistricts.pick(r);
        String authority = authority(district, r);
        String contract = pickContract(r);
        String title = title(occupation, contract, r);
        WorkMode mode = workMode(group, r);
        double[] hours = hours(r);
        Set<String> patterns = patterns(group, r);
        Pay pay = pay(group, contract, r);
        LocalDate closing = r.nextDouble() < 0.03 ? TODAY.minusDays(1 + r.nextInt(14)) : TODAY.plusDays(r.nextInt(57));
        Instant published = TODAY.minusDays(r.nextInt(60)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(r.nextInt(86_400));
        Set<String> adjustments = adjustments(group, mode, r);
        Set<String> demands = demands(occupation, patterns, r);
        List<String> sectors = SECTORS.get(group);
        String sector = r.nextDouble() < 0.15 ? null : sectors.get(r.nextInt(sectors.size()));
        String organisation = authority + " " + ORGANISATION_WORDS[r.nextInt(ORGANISATION_WORDS.length)] + " "
                + ORGANISATION_ENDINGS[r.nextInt(ORGANISATION_ENDINGS.length)];
        boolean coded = r.nextDouble() < 0.9;
        return new IndexedVacancy(id, title, description(occupation, district, authority, r), organisation,
                coded ? occupation.code() : null, coded ? occupation.title() : null, district.outcode(), authority,
                district.centroid(), mode, hours[0], hours[1], patterns, contract, pay.min(), pay.max(), pay.period(),
                closing, published, adjustments, demands, sector);
    }

    /** Vacancies {@code first} to {@code first + count - 1}, generated as they are read. */
    public Iterable<IndexedVacancy> vacancies(long first, long count) {
        return () -> new Iterator<>() {
            private long next = first;

            @Override
            public boolean hasNext() {
                return next < first + count;
            }

            @Override
            public IndexedVacancy next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return vacancy(next++);
            }
        };
    }

    static SplittableRandom random(long seed, long id) {
        // SplittableRandom mixes its seed, so consecutive ids give unrelated streams.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
    }

    static String authority(District district, SplittableRandom r) {
        if (district.authorities().isEmpty()) {
            return district.localAuthority();
        }
        double target = r.nextDouble() * district.authorities().stream().mapToDouble(Share::share).sum();
        for (Share share : district.authorities()) {
            target -= share.share();
            if (target <= 0) {
                return share.authority();
            }
        }
        return district.localAuthority();
    }

    /** A real title of the unit group: SOC's related titles three times in four, else an ESCO label. */
    static String jobTitle(Occupation occupation, SplittableRandom r) {
        if (!occupation.escoTitles().isEmpty() && r.nextDouble() < 0.25) {
            String esco = occupation.escoTitles().get(r.nextInt(occupation.escoTitles().size()));
            return Character.toUpperCase(esco.charAt(0)) + esco.substring(1);
        }
        return occupation.titles().get(r.nextInt(occupation.titles().size()));
    }

    private static String title(Occupation occupation, String contract, SplittableRandom r) {
        String title = jobTitle(occupation, r);
        if ("APPRENTICESHIP".equals(contract)) {
            return "Apprentice " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        double extra = r.nextDouble();
        if (extra < 0.06) {
            return title + " - part time";
        }
        if (extra < 0.10) {
            return title + " (temporary cover)";
        }
        return title;
    }

    private static String description(Occupation occupation, District district, String authority,
            SplittableRandom r) {
        StringBuilder text = new StringBuilder(occupation.description());
        if (!occupation.tasks().isEmpty()) {
            text.append(" In this role you will: ");
            int start = r.nextInt(occupation.tasks().size());
            for (int i = 0; i < occupation.tasks().size(); i++) {
                text.append(i == 0 ? "" : "; ").append(occupation.tasks().get((start + i) % occupation.tasks().size()));
            }
            text.append('.');
        }
        text.append(" Based in ").append(district.outcode()).append(", ").append(authority).append('.');
        return text.toString();
    }

    private static String pickContract(SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.66 ? "PERMANENT" : x < 0.78 ? "FIXED_TERM" : x < 0.95 ? "TEMPORARY" : "APPRENTICESHIP";
    }

    private static WorkMode workMode(int group, SplittableRandom r) {
        double x = r.nextDouble();
        if (group <= 4) {
            return x < 0.55 ? WorkMode.ON_SITE : x < 0.88 ? WorkMode.HYBRID : WorkMode.REMOTE;
        }
        if (group == 7) {
            return x < 0.85 ? WorkMode.ON_SITE : x < 0.93 ? WorkMode.HYBRID : WorkMode.REMOTE;
        }
        return x < 0.96 ? WorkMode.ON_SITE : x < 0.99 ? WorkMode.HYBRID : WorkMode.REMOTE;
    }

    private static double[] hours(SplittableRandom r) {
        double x = r.nextDouble();
        double[][] choices = x < 0.55 ? FULL_TIME : x < 0.83 ? PART_TIME : x < 0.90 ? FEW_HOURS : FLEXIBLE;
        return choices[r.nextInt(choices.length)];
    }

    private static Set<String> patterns(int group, SplittableRandom r) {
        boolean shifts = group == 6 || group == 8 || group == 9;
        Set<String> patterns = new TreeSet<>();
        if (r.nextDouble() < 0.88) {
            patterns.add("DAYS");
        }
        if (r.nextDouble() < 0.15) {
            patterns.add("EVENINGS");
        }
        if (r.nextDouble() < (shifts ? 0.40 : 0.20)) {
            patterns.add("WEEKENDS");
        }
        if (r.nextDouble() < (shifts ? 0.15 : 0.04)) {
            patterns.add("NIGHTS");
        }
        if (patterns.isEmpty()) {
            patterns.add("DAYS");
        }
        return patterns;
    }

    private record Pay(Double min, Double max, String period) {}

    private static Pay pay(int group, String contract, SplittableRandom r) {
        if (r.nextDouble() < 0.05) {
            return new Pay(null, null, null);
        }
        double[] range = "APPRENTICESHIP".equals(contract) ? new double[] {7.55, 10.5} : HOURLY_PAY[group];
        // Skewed towards the bottom of the range, as advertised pay is.
        double hourly = range[0] + (range[1] - range[0]) * Math.pow(r.nextDouble(), 1.5);
        double x = r.nextDouble();
        String period;
        if (group <= 3) {
            period = x < 0.85 ? "YEAR" : x < 0.95 ? "HOUR" : "MONTH";
        } else if (group == 4 || group == 5 || group == 8) {
            period = x < 0.50 ? "HOUR" : x < 0.95 ? "YEAR" : "WEEK";
        } else {
            period = x < 0.80 ? "HOUR" : x < 0.95 ? "YEAR" : "WEEK";
        }
        double min = amount(hourly, period);
        double shape = r.nextDouble();
        if (shape < 0.45) {
            return new Pay(min, amount(hourly * (1.05 + 0.2 * r.nextDouble()), period), period);
        }
        if (shape < 0.85) {
            return new Pay(min, null, period);
        }
        return new Pay(min, min, period);
    }

    private static double amount(double hourly, String period) {
        return switch (period) {
            case "HOUR" -> Math.round(hourly * 100) / 100.0;
            case "WEEK" -> Math.round(hourly * 37.5);
            case "MONTH" -> Math.round(hourly * 37.5 * 52.143 / 12 / 10) * 10.0;
            default -> Math.round(hourly * 37.5 * 52.143 / 500) * 500.0;
        };
    }

    private Set<String> adjustments(int group, WorkMode mode, SplittableRandom r) {
        double x = r.nextDouble();
        int count = x < 0.12 ? 0 : x < 0.40 ? 1 + r.nextInt(2) : x < 0.75 ? 3 + r.nextInt(3)
                : x < 0.95 ? 6 + r.nextInt(4) : 10 + r.nextInt(5);
        Set<String> chosen = new TreeSet<>();
        if (mode != WorkMode.ON_SITE) {
            chosen.add("remote_working");
        }
        boolean manual = group == 5 || group == 8 || group == 9;
        for (int tries = 0; chosen.size() < count && tries < count * 20; tries++) {
            String code = adjustmentCodes.get(r.nextInt(adjustmentCodes.size()));
            if (r.nextDouble() * 3 < popularity(code, manual, mode)) {
                chosen.add(code);
            }
        }
        return chosen;
    }

    // How often employers offer an adjustment, relative to 1 (out of at most 3).
    private static double popularity(String code, boolean manual, WorkMode mode) {
        return switch (code) {
            case "flexible_start", "one_to_one_checkins" -> 3;
            case "reduced_hours", "appointment_time_off", "questions_in_advance", "guaranteed_interview" -> 2.5;
            case "frequent_breaks", "written_instructions", "mental_health_support" -> 2;
            case "phased_start", "coworker_awareness", "step_free_access", "adjusted_absence_triggers" -> 1.5;
            case "lifting_aids", "task_rotation", "swap_tasks" -> manual ? 2 : 0.4;
            case "sit_stand_desk", "ergonomic_keyboard", "assistive_software" -> manual ? 0.4 : 1.5;
            case "remote_working" -> mode == WorkMode.ON_SITE ? 0 : 3;
            default -> 1;
        };
    }

    private Set<String> demands(Occupation occupation, Set<String> patterns, SplittableRandom r) {
        Set<String> chosen = new TreeSet<>();
        Map<String, Double> odds = new LinkedHashMap<>(demandOdds.get(occupation.majorGroup()));
        if (occupation.subMajorGroup() == 82) {
            // Transport and mobile machine drivers and operatives.
            odds.put("driving", 0.9);
            odds.put("safety_critical_driving", 0.5);
        }
        for (Map.Entry<String, Double> demand : odds.entrySet()) {
            if (r.nextDouble() < demand.getValue()) {
                chosen.add(demand.getKey());
            }
        }
        if (patterns.contains("NIGHTS")) {
            chosen.add("night_work");
        }
        return chosen;
    }

    private static Map<Integer, Map<String, Double>> demandOdds() {
        Map<String, Double> office = Map.of("intensive_keyboard", 0.55, "high_pressure_targets", 0.30,
                "multi_site_travel", 0.10, "driving", 0.05, "front_line_public_work", 0.08);
        Map<String, Double> admin = Map.of("intensive_keyboard", 0.65, "high_pressure_targets", 0.25,
                "call_centre_work", 0.15, "front_line_public_work", 0.15);
        Map<String, Double> trades = Map.of("heavy_lifting", 0.45, "prolonged_standing", 0.40, "early_starts", 0.30,
                "noisy_environment", 0.30, "driving", 0.30, "repetitive_manual_work", 0.25, "lots_of_walking", 0.20,
                "multi_site_travel", 0.25, "safety_critical_driving", 0.10);
        Map<String, Double> caring = Map.of("prolonged_standing", 0.40, "lots_of_walking", 0.35, "heavy_lifting", 0.25,
                "rotating_shifts", 0.30, "long_shifts", 0.30, "early_starts", 0.25, "front_line_public_work", 0.30,
                "driving", 0.20);
        Map<String, Double> sales = Map.of("prolonged_standing", 0.50, "front_line_public_work", 0.55,
                "call_centre_work", 0.20, "high_pressure_targets", 0.35, "rotating_shifts", 0.20, "early_starts", 0.15);
        Map<String, Double> process = Map.of("driving", 0.20, "heavy_lifting", 0.30, "repetitive_manual_work", 0.45,
                "noisy_environment", 0.45, "rotating_shifts", 0.35, "early_starts", 0.35, "long_shifts", 0.25,
                "safety_critical_driving", 0.20, "prolonged_standing", 0.40);
        Map<String, Double> elementary = Map.of("heavy_lifting", 0.45, "prolonged_standing", 0.50,
                "lots_of_walking", 0.35, "repetitive_manual_work", 0.35, "early_starts", 0.35, "rotating_shifts", 0.25,
                "noisy_environment", 0.25, "long_shifts", 0.20);
        Map<Integer, Map<String, Double>> odds = new LinkedHashMap<>();
        for (int group = 1; group <= 9; group++) {
            Map<String, Double> source = switch (group) {
                case 4 -> admin;
                case 5 -> trades;
                case 6 -> caring;
                case 7 -> sales;
                case 8 -> process;
                case 9 -> elementary;
                default -> office;
            };
            // Sorted, so the draws happen in the same order on every run (Map.of has no fixed order).
            Map<String, Double> sorted = new LinkedHashMap<>();
            source.keySet().stream().sorted().forEach(k -> sorted.put(k, source.get(k)));
            odds.put(group, sorted);
        }
        return odds;
    }

    /** Lower-case first letter, for titles used mid-sentence or as typed by a specialist. */
    static String typed(String title) {
        return title.toLowerCase(Locale.ROOT);
    }
}
