package org.workingwin.portal.passport;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/** A job a participant started, with the adjustments agreed for it: what a passport can be made from. */
public record PassportJob(long opportunityId, String jobTitle, String employer, @Nullable LocalDate startDate,
                          List<Agreed> agreed) {

    /** An agreed adjustment in plain words. */
    public record Agreed(String code, String label, String description, @Nullable String note, LocalDate agreedOn) {
    }
}
