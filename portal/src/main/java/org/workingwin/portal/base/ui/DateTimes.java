package org.workingwin.portal.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as pages show them: UK style, in the region's own time zone. */
public final class DateTimes {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private DateTimes() {
    }

    /** For example "23 Nov 2026, 14:05". */
    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(ZONE));
    }

    /** For example "23 Nov 2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
