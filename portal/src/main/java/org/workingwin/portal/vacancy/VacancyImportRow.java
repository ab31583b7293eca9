package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One vacancy of a JSON import, with codes as text: unknown values become row errors, not a 500. */
@Serdeable
public record VacancyImportRow(
        @Nullable String title, @Nullable String description, @Nullable String occupationCode,
        @Nullable String occupationTitle, @Nullable String postcode, @Nullable String workMode,
        @Nullable Double hoursMin, @Nullable Double hoursMax, @Nullable List<String> patterns,
        @Nullable String contractType, @Nullable BigDecimal payMin, @Nullable BigDecimal payMax,
        @Nullable String payPeriod, @Nullable LocalDate closingDate, @Nullable Integer positions,
        @Nullable Map<String, String> adjustments, @Nullable List<String> demands) {
}
