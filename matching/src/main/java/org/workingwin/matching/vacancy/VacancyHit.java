package org.workingwin.matching.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One vacancy as a results list shows it, built from fields stored in the index. It exists so that a
 * search page is served by the index alone, without a database round trip per hit; the full vacancy
 * (description, demands) is loaded only when someone opens it.
 *
 * @param distanceKm distance from the search's {@code near} point to the vacancy's postcode district,
 *     rounded to 0.1 km; null when the search gave no point
 * @param adjustments adjustment codes the employer offers, in code order
 */
public record VacancyHit(
        long id,
        String title,
        String organisationName,
        String postcodeDistrict,
        String localAuthority,
        WorkMode workMode,
        double hoursMin,
        double hoursMax,
        String contractType,
        Double payMin,
        Double payMax,
        String payPeriod,
        LocalDate closingDate,
        Instant publishedAt,
        Double distanceKm,
        Set<String> adjustments) {

    public VacancyHit {
        adjustments = sortedCopy(adjustments);
    }

    static SortedSet<String> sortedCopy(Set<String> codes) {
        return codes == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }
}
