package org.workingwin.portal.vacancy.ui;

import org.workingwin.portal.base.text.Numbers;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Plain-words formatting of hours and pay, shared by the vacancy pages. */
public final class VacancyText {

    private VacancyText() {
    }

    public static String hours(double min, double max) {
        return min == max ? Numbers.plain(min) + " hours a week" : Numbers.plain(min) + " to " + Numbers.plain(max) + " hours a week";
    }

    public static String pay(Double min, Double max, String periodLabel) {
        if (min == null && max == null) {
            return "Pay not given";
        }
        String amount = min != null && max != null && !min.equals(max) ? money(min) + " to " + money(max)
                : money(min != null ? min : max);
        return periodLabel == null ? amount : amount + " " + periodLabel;
    }

    public static String pay(BigDecimal min, BigDecimal max, String periodLabel) {
        return pay(min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(), periodLabel);
    }

    private static String money(double value) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(value == Math.rint(value) ? 0 : 2);
        format.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 2);
        return format.format(value);
    }

}
