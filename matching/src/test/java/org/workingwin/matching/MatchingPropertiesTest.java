package org.workingwin.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.participant.Candidate;
import org.workingwin.matching.participant.CandidatePage;
import org.workingwin.matching.participant.ParticipantIndex;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.profile.ReasonKind;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Conflict;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.matching.vacancy.VacancyIndex;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Seeded random vacancies and profiles, checked in both directions against an oracle written here in
 * plain Java from the design's rules and the taxonomy's data, without any of the engine's rule code:
 * every suggestion passes every hard rule, every eligible pair is suggested, and paging reaches each
 * suggestion exactly once, in rank order with ties by id.
 */
class MatchingPropertiesTest {

    private static final long SEED = 20260302L;
    private static final int VACANCIES = 300;
    private static final int PROFILES = 200;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final Taxonomy TAXONOMY = Taxonomy.loadDefault();

    private static final String[] TITLES = {"Care Assistant", "Support Worker", "Carer", "Warehouse Operative",
        "Order Picker", "Lorry Driver", "Receptionist", "Cleaner", "Kitchen Porter", "Office Administrator"};
    private static final String[] ROLES = {"carer", "HGV driver", "warehouse operative, order picker", "cleaner",
        "receptionist", "kitchen porter", "administrator"};
    private static final String[] SKILLS = {"food hygiene", "forklift licence", "customer service", "first aid"};
    private static final String[] PATTERNS = {"DAYS", "EVENINGS", "NIGHTS", "WEEKENDS"};
    private static final String[] CONTRACTS = {"PERMANENT", "FIXED_TERM", "TEMPORARY", "APPRENTICESHIP"};
    private static final String[] PERIODS = {"HOUR", "WEEK", "MONTH", "YEAR"};
    private static final String[] SECTORS = {"Care", "Retail", "Logistics"};

    private static List<IndexedVacancy> vacancies;
    private static List<ParticipantProfile> profiles;
    private static ByteBuffersDirectory vacancyDirectory;
    private static ByteBuffersDirectory participantDirectory;
    private static VacancyIndex vacancyIndex;
    private static ParticipantIndex participantIndex;

    @BeforeAll
    static void buildIndexes() throws IOException {
        Random random = new Random(SEED);
        vacancies = new ArrayList<>();
        for (long id = 1; id <= VACANCIES; id++) {
            vacancies.add(randomVacancy(id, random));
        }
        profiles = new ArrayList<>();
        for (long id = 1; id <= PROFILES; id++) {
            profiles.add(randomProfile(id, random));
        }
        vacancyDirectory = new ByteBuffersDirectory();
        participantDirectory = new ByteBuffersDirectory();
        vacancyIndex = new VacancyIndex(vacancyDirectory);
        participantIndex = new ParticipantIndex(participantDirectory);
        // Several commits, so that documents spread over segments as they do in production.
        for (int i = 0; i < vacancies.size(); i++) {
            vacancyIndex.upsert(vacancies.get(i));
            if (i % 70 == 69) {
                vacancyIndex.commit(new IndexCheckpoint(i, 1));
            }
        }
        vacancyIndex.commit(new IndexCheckpoint(VACANCIES, 1));
        for (int i = 0; i < profiles.size(); i++) {
            participantIndex.upsert(profiles.get(i));
            if (i % 45 == 44) {
                participantIndex.commit(new IndexCheckpoint(i, 1));
            }
        }
        participantIndex.commit(new IndexCheckpoint(PROFILES, 1));
    }

    @AfterAll
    static void closeIndexes() throws IOException {
        vacancyIndex.close();
        participantIndex.close();
        vacancyDirectory.close();
        participantDirectory.close();
    }

    @Test
    void the_random_data_exercises_every_hard_rule() {
        Map<String, Integer> broken = new TreeMap<>();
        int eligible = 0;
        for (ParticipantProfile p : profiles) {
            for (IndexedVacancy v : vacancies) {
                List<String> rules = brokenRules(p, v);
                rules.forEach(rule -> broken.merge(rule, 1, Integer::sum));
                if (rules.isEmpty()) {
                    eligible++;
                }
            }
        }
        assertThat(broken.keySet()).containsExactly("avoided demand", "closed", "distance", "hours", "must-have need",
                "pay", "unmitigated conflict", "work mode");
        assertThat(broken.values()).allSatisfy(count -> assertThat(count).isGreaterThan(100));
        assertThat(eligible).isEqualTo(EXPECTED_ELIGIBLE_PAIRS);
    }

    // A canary: the number of eligible pairs the seed makes. It changes only if the data or the rules do.
    private static final int EXPECTED_ELIGIBLE_PAIRS = 6729;

    @Test
    void every_profile_pages_through_exactly_its_eligible_vacancies_in_rank_order() throws IOException {
        for (ParticipantProfile p : profiles) {
            Set<Long> expected = new TreeSet<>();
            for (IndexedVacancy v : vacancies) {
                if (brokenRules(p, v).isEmpty()) {
                    expected.add(v.id());
                }
            }
            int pageSize = p.id() % 2 == 0 ? 7 : 25;
            List<Match> all = new ArrayList<>();
            long pages = (expected.size() + pageSize - 1) / pageSize;
            for (int page = 0; page <= pages; page++) {
                MatchPage served = vacancyIndex.match(p, TODAY, page, pageSize);
                assertThat(served.total()).as("total for profile %d", p.id()).isEqualTo(expected.size());
                int remaining = expected.size() - page * pageSize;
                assertThat(served.matches()).hasSize(Math.max(0, Math.min(pageSize, remaining)));
                all.addAll(served.matches());
            }
            List<Long> ids = all.stream().map(m -> m.vacancy().id()).toList();
            assertThat(new HashSet<>(ids)).as("no repeats for profile %d", p.id()).hasSize(ids.size());
            assertThat(new TreeSet<>(ids)).as("eligible set for profile %d", p.id()).isEqualTo(expected);
            for (int i = 1; i < all.size(); i++) {
                Match before = all.get(i - 1);
                Match after = all.get(i);
                assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
                if (before.score() == after.score()) {
                    assertThat(before.vacancy().id()).isLessThan(after.vacancy().id());
                }
            }
            for (Match m : all) {
                assertReasonsFit(p, m.reasons());
            }
        }
    }

    @Test
    void every_vacancy_pages_through_exactly_its_eligible_participants_in_rank_order() throws IOException {
        for (IndexedVacancy v : vacancies) {
            Set<Long> expected = new TreeSet<>();
            for (ParticipantProfile p : profiles) {
                if (brokenRules(p, v).isEmpty()) {
                    expected.add(p.id());
                }
            }
            int pageSize = v.id() % 2 == 0 ? 9 : 40;
            List<Candidate> all = new ArrayList<>();
            long pages = (expected.size() + pageSize - 1) / pageSize;
            for (int page = 0; page <= pages; page++) {
                CandidatePage served = participantIndex.candidates(v, TODAY, page, pageSize);
                assertThat(served.total()).as("total for vacancy %d", v.id()).isEqualTo(expected.size());
                all.addAll(served.candidates());
            }
            List<Long> ids = all.stream().map(Candidate::participantId).toList();
            assertThat(new HashSet<>(ids)).as("no repeats for vacancy %d", v.id()).hasSize(ids.size());
            assertThat(new TreeSet<>(ids)).as("eligible set for vacancy %d", v.id()).isEqualTo(expected);
            for (int i = 1; i < all.size(); i++) {
                Candidate before = all.get(i - 1);
                Candidate after = all.get(i);
                assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
                if (before.score() == after.score()) {
                    assertThat(before.participantId()).isLessThan(after.participantId());
                }
            }
            Map<Long, ParticipantProfile> byId = new LinkedHashMap<>();
            profiles.forEach(p -> byId.put(p.id(), p));
            for (Candidate c : all) {
                assertReasonsFit(byId.get(c.participantId()), c.reasons());
            }
        }
    }

    // The reasons of a suggestion must agree with the hard rules it passed.
    private static void assertReasonsFit(ParticipantProfile p, List<Reason> reasons) {
        for (Map.Entry<String, NeedLevel> need : p.needs().entrySet()) {
            if (need.getValue() == NeedLevel.MUST_HAVE) {
                assertThat(reasons).anySatisfy(r -> {
                    assertThat(r.kind()).isEqualTo(ReasonKind.NEED_MET);
                    assertThat(r.codes().get(0)).isEqualTo(need.getKey());
                });
            }
        }
        assertThat(reasons).filteredOn(r -> !r.positive()).extracting(Reason::kind)
                .allSatisfy(kind -> assertThat(kind).isIn(ReasonKind.NEED_NOT_MET, ReasonKind.CONTRACT,
                        ReasonKind.PATTERN, ReasonKind.PAY));
        assertThat(reasons).filteredOn(r -> r.kind() == ReasonKind.NEED_NOT_MET)
                .allSatisfy(r -> assertThat(p.needs().get(r.codes().get(0))).isEqualTo(NeedLevel.WOULD_HELP));
        assertThat(reasons).filteredOn(r -> r.kind() == ReasonKind.DISTANCE).hasSize(1);
    }

    /** The oracle: the names of the hard rules that {@code v} breaks for {@code p}; empty when eligible. */
    private static List<String> brokenRules(ParticipantProfile p, IndexedVacancy v) {
        List<String> broken = new ArrayList<>();
        if (v.closingDate().isBefore(TODAY)) {
            broken.add("closed");
        }
        if (!p.workModes().contains(v.workMode())) {
            broken.add("work mode");
        }
        if (v.workMode() != WorkMode.REMOTE
                && (p.home() == null || haversineKm(p.home(), v.location()) > p.maxTravelKm())) {
            broken.add("distance");
        }
        if ((p.hoursMin() != null && v.hoursMax() < p.hoursMin()) || (p.hoursMax() != null && v.hoursMin() > p.hoursMax())) {
            broken.add("hours");
        }
        Double amount = v.payMax() != null ? v.payMax() : v.payMin();
        Double hourly = amount == null || v.payPeriod() == null ? null : switch (v.payPeriod().toUpperCase(Locale.ROOT)) {
            case "HOUR" -> amount;
            case "WEEK" -> amount / 37.5;
            case "MONTH" -> amount * 12 / 52.143 / 37.5;
            case "YEAR" -> amount / 52.143 / 37.5;
            default -> null;
        };
        if (p.minimumHourlyPay() != null && hourly != null && hourly < p.minimumHourlyPay()) {
            broken.add("pay");
        }
        for (Map.Entry<String, NeedLevel> entry : p.needs().entrySet()) {
            Need need = TAXONOMY.needs().stream().filter(n -> n.code().equals(entry.getKey())).findFirst().orElse(null);
            if (entry.getValue() == NeedLevel.MUST_HAVE
                    && (need == null || need.metBy().stream().noneMatch(v.adjustments()::contains))) {
                if (!broken.contains("must-have need")) {
                    broken.add("must-have need");
                }
            }
            if (need != null) {
                for (Conflict conflict : need.conflicts()) {
                    if (v.demands().contains(conflict.demand())
                            && conflict.mitigatedBy().stream().noneMatch(v.adjustments()::contains)
                            && !broken.contains("unmitigated conflict")) {
                        broken.add("unmitigated conflict");
                    }
                }
            }
        }
        if (p.demandsToAvoid().stream().anyMatch(v.demands()::contains)) {
            broken.add("avoided demand");
        }
        return broken;
    }

    private static double haversineKm(GeoPoint a, GeoPoint b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double sinHalfDPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDLambda = Math.sin(Math.toRadians(b.longitude() - a.longitude()) / 2);
        double h = sinHalfDPhi * sinHalfDPhi + Math.cos(phi1) * Math.cos(phi2) * sinHalfDLambda * sinHalfDLambda;
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    private static IndexedVacancy randomVacancy(long id, Random random) {
        double hoursMin = pick(random, new Double[] {0.0, 8.0, 10.0, 16.0, 20.0, 25.0, 30.0, 35.0});
        double hoursMax = hoursMin + pick(random, new Double[] {0.0, 4.0, 8.0, 10.0, 15.0});
        Double payMin = null;
        Double payMax = null;
        String period = null;
        if (random.nextDouble() < 0.85) {
            period = random.nextDouble() < 0.05 ? "FORTNIGHT" : pick(random, PERIODS);
            double base = switch (period) {
                case "HOUR" -> 10 + random.nextDouble() * 6;
                case "WEEK" -> 350 + random.nextDouble() * 250;
                case "MONTH" -> 1600 + random.nextDouble() * 1000;
                case "YEAR" -> 19000 + random.nextDouble() * 13000;
                default -> 900 + random.nextDouble() * 300;
            };
            double roll = random.nextDouble();
            payMin = roll < 0.2 ? null : base;
            payMax = roll > 0.8 ? null : base * (1 + random.nextDouble() * 0.15);
        }
        return new IndexedVacancy(id, pick(random, TITLES),
                random.nextBoolean() ? "Food hygiene training given. Customer service matters." : "Keeping records.",
                "Employer " + (id % 17), random.nextDouble() < 0.2 ? null : pick(random, new String[] {"6135", "9252", "8211", "4216"}),
                null, "S" + random.nextInt(40), pick(random, new String[] {"Sheffield", "Rotherham", "Barnsley", "Doncaster"}),
                randomPlace(random), pick(random, WorkMode.values()), hoursMin, hoursMax, subset(random, PATTERNS, 0.4),
                pick(random, CONTRACTS), payMin, payMax, period, TODAY.plusDays(random.nextInt(36) - 5),
                NOON.minusSeconds(random.nextInt(30 * 86_400)),
                subset(random, TAXONOMY.adjustments().stream().map(Adjustment::code).toArray(String[]::new), 0.2),
                subset(random, TAXONOMY.demands().stream().map(Demand::code).toArray(String[]::new), 0.1),
                random.nextDouble() < 0.25 ? null : pick(random, SECTORS));
    }

    private static ParticipantProfile randomProfile(long id, Random random) {
        Double hoursMin = null;
        Double hoursMax = null;
        double roll = random.nextDouble();
        if (roll < 0.7) {
            hoursMin = roll < 0.5 ? (double) random.nextInt(30) : null;
            hoursMax = roll > 0.2 ? (hoursMin == null ? 0 : hoursMin) + random.nextInt(25) : null;
        }
        Map<String, NeedLevel> needs = new LinkedHashMap<>();
        for (Need need : TAXONOMY.needs()) {
            if (random.nextDouble() < 0.12) {
                needs.put(need.code(), random.nextBoolean() ? NeedLevel.MUST_HAVE : NeedLevel.WOULD_HELP);
            }
        }
        if (random.nextDouble() < 0.02) {
            needs.put("telepathy", NeedLevel.MUST_HAVE);
        }
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        for (WorkMode mode : WorkMode.values()) {
            if (random.nextDouble() < 0.75) {
                modes.add(mode);
            }
        }
        boolean hasHome = random.nextDouble() < 0.85;
        return new ParticipantProfile(id,
                random.nextDouble() < 0.2 ? null : pick(random, ROLES),
                random.nextBoolean() ? Set.of() : Set.of(pick(random, new String[] {"6135", "9252", "8211"})),
                random.nextBoolean() ? null : pick(random, SKILLS) + ", " + pick(random, SKILLS),
                subset(random, SECTORS, 0.3), hoursMin, hoursMax, subset(random, PATTERNS, 0.5),
                random.nextBoolean() ? null : 10.5 + random.nextDouble() * 3.5, subset(random, CONTRACTS, 0.4),
                hasHome ? "S" + random.nextInt(40) : null, hasHome ? randomPlace(random) : null,
                random.nextDouble() * 40, modes, needs,
                subset(random, TAXONOMY.demands().stream().map(Demand::code).toArray(String[]::new), 0.05));
    }

    // Anywhere in a box around South Yorkshire and north Derbyshire.
    private static GeoPoint randomPlace(Random random) {
        return new GeoPoint(53.2 + random.nextDouble() * 0.5, -1.75 + random.nextDouble() * 0.85);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Set<String> subset(Random random, String[] values, double chance) {
        Set<String> chosen = new TreeSet<>();
        for (String value : values) {
            if (random.nextDouble() < chance) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
