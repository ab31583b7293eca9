package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.workingwin.matching.vacancy.WorkMode;

/**
 * Everything an employer types into the vacancy editor (DESIGN.md core flow 1), exactly as typed, so a
 * failed save can show it again. {@code adjustments} maps a taxonomy code to an optional note.
 */
public record VacancyDraft(
        @Nullable String title,
        @Nullable String description,
        @Nullable String occupationCode,
        @Nullable String occupationTitle,
        @Nullable String postcode,
        @Nullable WorkMode workMode,
        @Nullable Double hoursMin,
        @Nullable Double hoursMax,
        Set<WorkPattern> patterns,
        @Nullable ContractType contractType,
        @Nullable BigDecimal payMin,
        @Nullable BigDecimal payMax,
        @Nullable PayPeriod payPeriod,
        @Nullable LocalDate closingDate,
        @Nullable Integer positions,
        Map<String, String> adjustments,
        Set<String> demands) {
}
