package org.workingwin.matching.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Conflict;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Writes the reasons for one match of a participant and a vacancy, in plain UK English a specialist
 * can read out. It exists so that both directions of matching explain themselves with the same
 * sentences, built from the engine's own parts (the profile, the vacancy, the taxonomy, and the text
 * evidence) rather than from Lucene's score explanation, which costs several times the search and
 * means nothing to a participant. Reasons come in a fixed order: roles, skills, occupation, needs met,
 * demands made acceptable, distance, hours, pay, contract, pattern, sector, then needs not met.
 * Taxonomy labels are lower-cased mid-sentence. Thread-safe.
 */
public final class ReasonWriter {

    private static final Map<String, String> CONTRACT_LABELS = Map.of(
            "PERMANENT", "Permanent",
            "FIXED_TERM", "Fixed-term",
            "TEMPORARY", "Temporary",
            "APPRENTICESHIP", "Apprenticeship");
    private static final List<String> PATTERN_ORDER = List.of("DAYS", "EVENINGS", "NIGHTS", "WEEKENDS");
    private static final Map<String, String> PERIOD_WORDS = Map.of(
            "HOUR", "an hour", "WEEK", "a week", "MONTH", "a month", "YEAR", "a year");

    private final NeedRules rules;

    public ReasonWriter(NeedRules rules) {
        this.rules = rules;
    }

    /** Every reason for matching {@code profile} with {@code vacancy}, in the order the class describes. */
    public List<Reason> write(ParticipantProfile profile, IndexedVacancy vacancy, TextEvidence evidence) {
        List<Reason> reasons = new ArrayList<>();
        for (String role : evidence.rolesInTitle()) {
            reasons.add(new Reason(ReasonKind.ROLE, true, "Title matches \"" + role + "\"", List.of()));
        }
        for (String role : evidence.rolesBySynonym()) {
            reasons.add(new Reason(ReasonKind.ROLE, true,
                    "Title \"" + vacancy.title() + "\" is another name for \"" + role + "\"", List.of()));
        }
        if (!evidence.skillsMentioned().isEmpty()) {
            List<String> quoted = evidence.skillsMentioned().stream().map(s -> "\"" + s + "\"").toList();
            reasons.add(new Reason(ReasonKind.SKILL, true, "Mentions " + joinAnd(quoted), List.of()));
        }
        occupation(profile, vacancy, reasons);
        needsMet(profile, vacancy, reasons);
        demandsMitigated(profile, vacancy, reasons);
        distance(profile, vacancy, reasons);
        hours(profile, vacancy, reasons);
        pay(profile, vacancy, reasons);
        contract(profile, vacancy, reasons);
        pattern(profile, vacancy, reasons);
        sector(profile, vacancy, reasons);
        needsNotMet(profile, vacancy, reasons);
        return List.copyOf(reasons);
    }

    private static void occupation(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        String code = vacancy.occupationCode();
        if (code != null && profile.occupationCodes().contains(code)) {
            String title = vacancy.occupationTitle() == null ? "" : " (" + midSentence(vacancy.occupationTitle()) + ")";
            reasons.add(new Reason(ReasonKind.OCCUPATION, true, "Occupation " + code + title + " matches",
                    List.of(code)));
        }
    }

    private void needsMet(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        if (profile.needs().isEmpty()) {
            return;
        }
        for (NeedLevel level : NeedLevel.values()) {
            for (Need need : rules.taxonomy().needs()) {
                if (profile.hasNeed(need.code(), level)) {
                    Optional<Adjustment> meeting = rules.firstMeeting(need, vacancy.adjustments());
                    meeting.ifPresent(a -> reasons.add(new Reason(ReasonKind.NEED_MET, true,
                            "Offers " + midSentence(a.label()) + ", which helps with " + need.helpsWith(),
                            List.of(need.code(), a.code()))));
                }
            }
        }
    }

    private void demandsMitigated(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        if (profile.needs().isEmpty() || vacancy.demands().isEmpty()) {
            return; // nothing can clash
        }
        for (Demand demand : rules.taxonomy().demands()) {
            if (!vacancy.demands().contains(demand.code())) {
                continue;
            }
            Adjustment mitigation = null;
            Need unmitigated = null;
            for (Need need : rules.taxonomy().needs()) {
                if (!profile.needs().containsKey(need.code())) {
                    continue;
                }
                for (Conflict conflict : need.conflicts()) {
                    if (conflict.demand().equals(demand.code())) {
                        Optional<Adjustment> found = rules.firstMitigating(conflict, vacancy.adjustments());
                        if (found.isEmpty() && unmitigated == null) {
                            unmitigated = need;
                        } else if (found.isPresent() && mitigation == null) {
                            mitigation = found.get();
                        }
                    }
                }
            }
            // The hard rules keep unmitigated clashes out of every result; said anyway if one slips by.
            if (unmitigated != null) {
                reasons.add(new Reason(ReasonKind.DEMAND_MITIGATED, false,
                        "Involves " + midSentence(demand.label()) + ", which clashes with " + unmitigated.helpsWith(),
                        List.of(demand.code(), unmitigated.code())));
            } else if (mitigation != null) {
                reasons.add(new Reason(ReasonKind.DEMAND_MITIGATED, true,
                        "Involves " + midSentence(demand.label()) + ", but offers " + midSentence(mitigation.label()),
                        List.of(demand.code(), mitigation.code())));
            }
        }
    }

    private static void distance(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        if (vacancy.workMode() == WorkMode.REMOTE) {
            reasons.add(new Reason(ReasonKind.DISTANCE, true, "Remote, so travel distance does not matter",
                    List.of(WorkMode.REMOTE.name())));
            return;
        }
        if (profile.home() == null) {
            return;
        }
        double km = profile.home().distanceKm(vacancy.location());
        String from = profile.homeDistrict() == null ? "home" : profile.homeDistrict();
        String prefix = vacancy.workMode() == WorkMode.HYBRID ? "Hybrid, " : "";
        String sentence = km < 0.05
                ? (prefix.isEmpty() ? "Under" : prefix + "under") + " 0.1 km from " + from
                : prefix + formatKm(km) + " km from " + from;
        reasons.add(new Reason(ReasonKind.DISTANCE, true, sentence,
                List.of(vacancy.workMode().name(), vacancy.postcodeDistrict())));
    }

    private static void hours(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        Double min = profile.hoursMin();
        Double max = profile.hoursMax();
        if (min == null && max == null) {
            return;
        }
        String offered = vacancy.hoursMin() == vacancy.hoursMax()
                ? number(vacancy.hoursMin())
                : number(vacancy.hoursMin()) + " to " + number(vacancy.hoursMax());
        String wanted;
        if (min != null && max != null) {
            wanted = min.equals(max) ? number(min) : number(min) + " to " + number(max);
        } else if (min != null) {
            wanted = "at least " + number(min);
        } else {
            wanted = "up to " + number(max);
        }
        reasons.add(new Reason(ReasonKind.HOURS, true, offered + " hours a week fits " + wanted, List.of()));
    }

    private static void pay(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        Double minimum = profile.minimumHourlyPay();
        if (minimum == null) {
            return;
        }
        OptionalDouble hourly = PayRates.vacancyHourly(vacancy.payMin(), vacancy.payMax(), vacancy.payPeriod());
        String minimumText = "the minimum of " + pounds(minimum, true);
        if (hourly.isEmpty()) {
            reasons.add(new Reason(ReasonKind.PAY, false, "Pay not given, so " + minimumText + " could not be checked",
                    List.of()));
            return;
        }
        String period = vacancy.payPeriod().toUpperCase(Locale.ROOT);
        boolean perHour = period.equals("HOUR");
        Double low = vacancy.payMin() != null ? vacancy.payMin() : vacancy.payMax();
        Double high = vacancy.payMax() != null ? vacancy.payMax() : vacancy.payMin();
        String amount = low.equals(high)
                ? pounds(low, perHour)
                : pounds(low, perHour) + " to " + pounds(high, perHour);
        String quoted = "Pays " + amount + " " + PERIOD_WORDS.get(period);
        if (!perHour) {
            quoted += " (" + pounds(hourly.getAsDouble(), true) + " an hour)";
        }
        double value = hourly.getAsDouble();
        if (value > minimum) {
            reasons.add(new Reason(ReasonKind.PAY, true, quoted + ", above " + minimumText, List.of(period)));
        } else if (value == minimum) {
            reasons.add(new Reason(ReasonKind.PAY, true, quoted + ", " + minimumText, List.of(period)));
        } else {
            reasons.add(new Reason(ReasonKind.PAY, false, quoted + ", below " + minimumText, List.of(period)));
        }
    }

    private static void contract(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        if (profile.contractTypes().isEmpty()) {
            return;
        }
        String code = vacancy.contractType();
        String label = CONTRACT_LABELS.getOrDefault(code.toUpperCase(Locale.ROOT), capitalised(code));
        if (profile.contractTypes().contains(code)) {
            reasons.add(new Reason(ReasonKind.CONTRACT, true, label + " contract, as wanted", List.of(code)));
        } else {
            reasons.add(new Reason(ReasonKind.CONTRACT, false, label + " contract, not one of the wanted types",
                    List.of(code)));
        }
    }

    private static void pattern(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        if (profile.patterns().isEmpty() || vacancy.patterns().isEmpty()) {
            return;
        }
        List<String> outsideCodes = new ArrayList<>();
        for (String pattern : vacancy.patterns()) {
            if (!profile.patterns().contains(pattern)) {
                outsideCodes.add(pattern);
            }
        }
        List<String> outside = ordered(outsideCodes);
        if (outside.isEmpty()) {
            List<String> all = ordered(List.copyOf(vacancy.patterns()));
            String words = joinAnd(patternWords(all));
            String sentence = all.size() == 1
                    ? capitalised(words) + ", a wanted pattern"
                    : capitalised(words) + ", all wanted patterns";
            reasons.add(new Reason(ReasonKind.PATTERN, true, sentence, all));
        } else {
            String words = joinAnd(patternWords(outside));
            String sentence = outside.size() == 1
                    ? "Includes " + words + ", which is not a wanted pattern"
                    : "Includes " + words + ", which are not wanted patterns";
            reasons.add(new Reason(ReasonKind.PATTERN, false, sentence, outside));
        }
    }

    private static void sector(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        String sector = vacancy.sector();
        if (sector == null) {
            return;
        }
        for (String wanted : profile.sectors()) {
            if (wanted.equalsIgnoreCase(sector)) {
                reasons.add(new Reason(ReasonKind.SECTOR, true, "In a wanted sector, " + midSentence(sector),
                        List.of(sector)));
                return;
            }
        }
    }

    private void needsNotMet(ParticipantProfile profile, IndexedVacancy vacancy, List<Reason> reasons) {
        if (profile.needs().isEmpty()) {
            return;
        }
        for (NeedLevel level : NeedLevel.values()) {
            for (Need need : rules.taxonomy().needs()) {
                if (profile.hasNeed(need.code(), level) && rules.firstMeeting(need, vacancy.adjustments()).isEmpty()) {
                    Adjustment first = rules.taxonomy().adjustment(need.metBy().get(0)).orElseThrow();
                    String tail = level == NeedLevel.WOULD_HELP ? ", which would help with " : ", which is needed for ";
                    reasons.add(new Reason(ReasonKind.NEED_NOT_MET, false,
                            "Does not offer " + midSentence(first.label()) + tail + need.helpsWith(),
                            List.of(need.code(), first.code())));
                }
            }
        }
    }

    /** "12" for 12 km and more, "3.4" below 10 km: finer than that means nothing at district level. */
    static String formatKm(double km) {
        if (km < 9.95) {
            return BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        return BigDecimal.valueOf(km).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** Hours as people write them: "16", "37.5". */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** "£12.21"; "£25,000" for whole amounts that are not hourly; always pence for hourly amounts. */
    static String pounds(double amount, boolean alwaysPence) {
        boolean whole = amount == Math.rint(amount);
        DecimalFormat format = (!alwaysPence && whole ? WHOLE_POUNDS : POUNDS_AND_PENCE).get();
        return "£" + format.format(amount);
    }

    // DecimalFormat is costly to make and not thread-safe: one of each per thread.
    private static final ThreadLocal<DecimalFormat> WHOLE_POUNDS = ThreadLocal.withInitial(() -> poundsFormat("#,##0"));
    private static final ThreadLocal<DecimalFormat> POUNDS_AND_PENCE =
            ThreadLocal.withInitial(() -> poundsFormat("#,##0.00"));

    private static DecimalFormat poundsFormat(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A label as it reads inside a sentence: first letter lower-cased, unless it starts an acronym. */
    static String midSentence(String label) {
        if (label.isEmpty() || (label.length() > 1 && Character.isUpperCase(label.charAt(1)))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String capitalised(String text) {
        String spaced = text.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String patternWord(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static List<String> patternWords(List<String> codes) {
        List<String> words = new ArrayList<>(codes.size());
        for (String code : codes) {
            words.add(patternWord(code));
        }
        return words;
    }

    private static List<String> ordered(List<String> patterns) {
        Set<String> result = new LinkedHashSet<>();
        for (String known : PATTERN_ORDER) {
            if (patterns.contains(known)) {
                result.add(known);
            }
        }
        if (result.size() < patterns.size()) {
            List<String> others = new ArrayList<>(patterns);
            others.sort(null);
            result.addAll(others);
        }
        return List.copyOf(result);
    }

    /** "a", "a and b", "a, b and c". */
    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
