package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.workingwin.portal.vacancy.PayPeriod;

/** A job start as the specialist records it: date, hours a week, pay and its period. */
public record JobStart(@Nullable LocalDate startDate, @Nullable Double hours, @Nullable BigDecimal pay,
                       @Nullable PayPeriod payPeriod) {
}
