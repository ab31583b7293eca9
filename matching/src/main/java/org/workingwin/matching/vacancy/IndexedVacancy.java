package org.workingwin.matching.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.workingwin.matching.geo.GeoPoint;

/**
 * A published, open vacancy in the shape the index needs. It exists so that the matching module never
 * sees the portal's entities or database: the portal maps its rows to this value when it follows the
 * outbox, and the index decides what to make searchable, filterable and stored. Code sets are copied
 * into sorted, unmodifiable sets so that equal vacancies compare equal and print the same way.
 *
 * @param occupationCode SOC 2020 unit group, or null when not coded
 * @param occupationTitle title of that unit group, or null
 * @param location centroid of the postcode district, used for distance filters and shown distances
 * @param hoursMin fewest weekly hours offered, 0 or more
 * @param hoursMax most weekly hours offered, at least {@code hoursMin}
 * @param patterns working-pattern codes (for example weekdays, weekends)
 * @param payMin lowest pay, or null when not given
 * @param payMax highest pay, or null when not given
 * @param payPeriod what the pay is per (for example hour, year), or null
 * @param closingDate last day applications are accepted; the vacancy is hidden from the day after
 * @param adjustments taxonomy adjustment codes offered
 * @param demands taxonomy job-demand codes
 * @param sector the employer organisation's sector as the portal names it, or null; matched against a
 *     participant's wanted sectors ignoring case
 */
public record IndexedVacancy(
        long id,
        String title,
        String description,
        String organisationName,
        String occupationCode,
        String occupationTitle,
        String postcodeDistrict,
        String localAuthority,
        GeoPoint location,
        WorkMode workMode,
        double hoursMin,
        double hoursMax,
        Set<String> patterns,
        String contractType,
        Double payMin,
        Double payMax,
        String payPeriod,
        LocalDate closingDate,
        Instant publishedAt,
        Set<String> adjustments,
        Set<String> demands,
        String sector) {

    public IndexedVacancy {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(postcodeDistrict, "postcodeDistrict");
        Objects.requireNonNull(localAuthority, "localAuthority");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(workMode, "workMode");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(closingDate, "closingDate");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!(hoursMin >= 0 && hoursMax >= hoursMin && hoursMax <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException(
                    "Vacancy " + id + " has hours " + hoursMin + " to " + hoursMax
                            + "; they must be 0 or more, lowest first");
        }
        if (payMin != null && payMax != null && payMin > payMax) {
            throw new IllegalArgumentException(
                    "Vacancy " + id + " has pay " + payMin + " to " + payMax + "; lowest must come first");
        }
        patterns = VacancyHit.sortedCopy(patterns);
        adjustments = VacancyHit.sortedCopy(adjustments);
        demands = VacancyHit.sortedCopy(demands);
        sector = sector == null || sector.isBlank() ? null : sector.strip();
    }

    /**
     * A vacancy whose employer gave no sector. Kept so that callers written before {@code sector}
     * existed still compile unchanged.
     */
    public IndexedVacancy(long id, String title, String description, String organisationName,
            String occupationCode, String occupationTitle, String postcodeDistrict, String localAuthority,
            GeoPoint location, WorkMode workMode, double hoursMin, double hoursMax, Set<String> patterns,
            String contractType, Double payMin, Double payMax, String payPeriod, LocalDate closingDate,
            Instant publishedAt, Set<String> adjustments, Set<String> demands) {
        this(id, title, description, organisationName, occupationCode, occupationTitle, postcodeDistrict,
                localAuthority, location, workMode, hoursMin, hoursMax, patterns, contractType, payMin, payMax,
                payPeriod, closingDate, publishedAt, adjustments, demands, null);
    }
}
