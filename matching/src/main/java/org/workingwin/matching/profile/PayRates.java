package org.workingwin.matching.profile;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Converts pay quoted per hour, week, month or year into an hourly equivalent. It exists so that a
 * participant's minimum hourly pay can be compared with any vacancy, in the index and in the reasons,
 * by one rule written once: a full-time week of {@value #HOURS_PER_WEEK} hours and a year of
 * {@value #WEEKS_PER_YEAR} weeks. The arithmetic is done in a fixed order so that every caller gets
 * the same double, to the last bit.
 */
public final class PayRates {

    /** Hours in the full-time week that weekly, monthly and yearly pay is assumed to cover. */
    public static final double HOURS_PER_WEEK = 37.5;

    /** Weeks in a year (365.25 / 7, rounded as payroll tables do). */
    public static final double WEEKS_PER_YEAR = 52.143;

    private PayRates() {}

    /**
     * The hourly equivalent of {@code amount} paid per {@code period}: HOUR × 1; WEEK ÷ 37.5;
     * MONTH × 12 ÷ 52.143 ÷ 37.5; YEAR ÷ 52.143 ÷ 37.5 (evaluated left to right). Empty when the
     * period is null or not one of HOUR, WEEK, MONTH and YEAR (compared ignoring case), or the amount is
     * not a finite number.
     */
    public static OptionalDouble hourly(double amount, String period) {
        if (period == null || !Double.isFinite(amount)) {
            return OptionalDouble.empty();
        }
        return switch (period.toUpperCase(Locale.ROOT)) {
            case "HOUR" -> OptionalDouble.of(amount);
            case "WEEK" -> OptionalDouble.of(amount / HOURS_PER_WEEK);
            case "MONTH" -> OptionalDouble.of(amount * 12 / WEEKS_PER_YEAR / HOURS_PER_WEEK);
            case "YEAR" -> OptionalDouble.of(amount / WEEKS_PER_YEAR / HOURS_PER_WEEK);
            default -> OptionalDouble.empty();
        };
    }

    /**
     * The hourly pay a vacancy is judged by: the top of its range, or its only figure when it gives
     * just a minimum. Empty when it gives no pay or no period the engine understands; such a vacancy
     * passes any minimum-pay rule, because the rule applies only when both sides give pay.
     */
    public static OptionalDouble vacancyHourly(Double payMin, Double payMax, String period) {
        Double amount = payMax != null ? payMax : payMin;
        return amount == null ? OptionalDouble.empty() : hourly(amount, period);
    }
}
