package org.workingwin.portal.vacancy.csv;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the vacancy spreadsheet, in the template's order. Each fills one field of the vacancy
 * editor; {@code field} is the editor's (and the validator's) name for it, so a problem the validator
 * finds can be shown under the column the employer typed it in.
 */
enum VacancyColumn {
    TITLE("title", "title", true),
    DESCRIPTION("description", "description", true),
    OCCUPATION_CODE("occupation_code", "occupationCode", false),
    OCCUPATION_TITLE("occupation_title", "occupation", true),
    POSTCODE("postcode", "postcode", true),
    WORK_MODE("work_mode", "workMode", true),
    HOURS_MIN("hours_min", "hoursMin", true),
    HOURS_MAX("hours_max", "hoursMax", true),
    PATTERNS("patterns", "patterns", true),
    CONTRACT_TYPE("contract_type", "contractType", true),
    PAY_MIN("pay_min", "payMin", false),
    PAY_MAX("pay_max", "payMax", false),
    PAY_PERIOD("pay_period", "payPeriod", false),
    CLOSING_DATE("closing_date", "closingDate", true),
    POSITIONS("positions", "positions", true),
    ADJUSTMENTS("adjustments", "adjustments", false),
    DEMANDS("demands", "demands", false);

    final String header;
    final String field;
    /** A file without this column cannot make a single valid vacancy, so it is refused as a whole. */
    final boolean required;

    VacancyColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    static Optional<VacancyColumn> byHeader(String header) {
        String wanted = header.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    /**
     * The column a validator field belongs to. The editor's one occupation field is the title here (the
     * code is checked by the validator under the same name); a note on one adjustment is "adjustment.CODE".
     */
    static String headerOf(String field) {
        if (field.startsWith("adjustment.")) {
            return ADJUSTMENTS.header;
        }
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().map(c -> c.header)
                .orElse(field);
    }
}
