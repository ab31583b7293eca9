package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.workingwin.matching.vacancy.WorkMode;

/** A vacancy row. Adjustments, demands and status history live in their own tables. */
@MappedEntity("vacancy")
public record Vacancy(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String title,
        String description,
        @Nullable String occupationCode,
        String occupationTitle,
        String postcode,
        String postcodeDistrict,
        String localAuthorityCode,
        String localAuthority,
        double latitude,
        double longitude,
        WorkMode workMode,
        double hoursMin,
        double hoursMax,
        String workPatterns,
        ContractType contractType,
        @Nullable BigDecimal payMin,
        @Nullable BigDecimal payMax,
        @Nullable PayPeriod payPeriod,
        LocalDate closingDate,
        int positions,
        VacancyStatus status,
        @Nullable Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {

    Vacancy withStatus(VacancyStatus next, Instant now) {
        Instant published = next == VacancyStatus.PUBLISHED ? now : publishedAt;
        return new Vacancy(id, organisationId, title, description, occupationCode, occupationTitle, postcode,
                postcodeDistrict, localAuthorityCode, localAuthority, latitude, longitude, workMode, hoursMin,
                hoursMax, workPatterns, contractType, payMin, payMax, payPeriod, closingDate, positions, next,
                published, createdAt, now, version);
    }
}
