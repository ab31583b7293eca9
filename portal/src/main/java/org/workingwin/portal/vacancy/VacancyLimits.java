package org.workingwin.portal.vacancy;

import java.math.BigDecimal;

/** One constant per limit, used by the columns (V1 migration), the validation, the fields and the tests. */
public final class VacancyLimits {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int OCCUPATION_MAX = 120;
    public static final int NOTE_MAX = 300;
    /** A specialist's reason for sending a vacancy back (vacancy_status_change.reason). */
    public static final int REASON_MAX = 500;
    public static final int HOURS_MAX = 60;
    public static final int POSITIONS_MAX = 500;
    public static final BigDecimal PAY_MAX = new BigDecimal("1000000");
    public static final int PAGE_SIZE = 25;

    private VacancyLimits() {
    }
}
