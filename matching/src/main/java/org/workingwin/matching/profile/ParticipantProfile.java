package org.workingwin.matching.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.workingwin.matching.geo.GeoPoint;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * What the matching engine knows about a participant: preferences, where they live, and their coded
 * functional needs. It exists so that the engine never sees the portal's records (and so never sees
 * notes or diagnoses): the portal maps a participant's profile to this value, the vacancy index
 * matches against it, and the participant index stores it. Codes are the same strings vacancies use.
 * Collections are copied into sorted, unmodifiable ones, so equal profiles compare equal.
 *
 * @param id the participant's id in the portal
 * @param wantedRoles job titles wanted, as typed ("carer, kitchen porter"); null when none
 * @param occupationCodes SOC 2020 unit groups wanted
 * @param skills skills as typed ("food hygiene, forklift licence"); null when none
 * @param sectors employer sectors wanted, compared with a vacancy's sector ignoring case
 * @param hoursMin fewest weekly hours wanted, or null for no lower limit
 * @param hoursMax most weekly hours wanted, or null for no upper limit
 * @param patterns working patterns the participant can work (DAYS, EVENINGS, NIGHTS, WEEKENDS); empty
 *     means no preference
 * @param minimumHourlyPay lowest acceptable pay in pounds an hour, or null
 * @param contractTypes contract types wanted (PERMANENT, FIXED_TERM, TEMPORARY, APPRENTICESHIP); empty
 *     means no preference
 * @param homeDistrict postcode district of home, such as S10, used in reasons; may be null
 * @param home centroid of the home district; null means only remote vacancies are within reach
 * @param maxTravelKm furthest the participant can travel to work, straight-line kilometres
 * @param workModes work modes the participant accepts; a vacancy in any other mode is never suggested
 * @param needs functional-need codes from the taxonomy, each with how much it matters
 * @param demandsToAvoid job-demand codes the participant will not do, whatever is offered
 */
public record ParticipantProfile(
        long id,
        String wantedRoles,
        Set<String> occupationCodes,
        String skills,
        Set<String> sectors,
        Double hoursMin,
        Double hoursMax,
        Set<String> patterns,
        Double minimumHourlyPay,
        Set<String> contractTypes,
        String homeDistrict,
        GeoPoint home,
        double maxTravelKm,
        Set<WorkMode> workModes,
        Map<String, NeedLevel> needs,
        Set<String> demandsToAvoid) {

    public ParticipantProfile {
        wantedRoles = blankToNull(wantedRoles);
        skills = blankToNull(skills);
        homeDistrict = blankToNull(homeDistrict);
        occupationCodes = sorted(occupationCodes, "occupation codes");
        sectors = sorted(sectors, "sectors");
        patterns = sorted(patterns, "patterns");
        contractTypes = sorted(contractTypes, "contract types");
        demandsToAvoid = sorted(demandsToAvoid, "demands to avoid");
        checkAmount("Fewest hours", hoursMin);
        checkAmount("Most hours", hoursMax);
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            throw new IllegalArgumentException(
                    "Participant " + id + " wants " + hoursMin + " to " + hoursMax + " hours; lowest must come first");
        }
        checkAmount("Minimum hourly pay", minimumHourlyPay);
        if (!(maxTravelKm >= 0 && maxTravelKm <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("Travel distance must be 0 km or more, not " + maxTravelKm);
        }
        workModes = workModes == null || workModes.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(WorkMode.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(workModes));
        SortedMap<String, NeedLevel> copy = new TreeMap<>();
        if (needs != null) {
            needs.forEach((code, level) -> copy.put(
                    Objects.requireNonNull(code, "need code"), Objects.requireNonNull(level, "need level")));
        }
        needs = Collections.unmodifiableSortedMap(copy);
    }

    /** True when {@code need} is one of this participant's needs at {@code level}. */
    public boolean hasNeed(String need, NeedLevel level) {
        return needs.get(need) == level;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static SortedSet<String> sorted(Set<String> codes, String what) {
        if (codes == null) {
            return Collections.emptySortedSet();
        }
        SortedSet<String> copy = new TreeSet<>();
        for (String code : codes) {
            copy.add(Objects.requireNonNull(code, what));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    private static void checkAmount(String what, Double value) {
        if (value != null && !(value >= 0 && value <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException(what + " must be 0 or more, not " + value);
        }
    }
}
