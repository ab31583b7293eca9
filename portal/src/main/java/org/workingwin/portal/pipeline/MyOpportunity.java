package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A vacancy in a participant's pipeline as the participant sees it: no notes, no other people, only
 * where it stands and whether they can say they are interested now.
 */
public record MyOpportunity(long opportunityId, long vacancyId, String vacancyTitle, String organisationName,
                            Stage stage, Instant updatedAt, boolean canSayInterested,
                            @Nullable java.time.LocalDate jobStartDate) {

    /** Where it stands, in the participant's own words. */
    public String state() {
        return switch (stage) {
            case SHARED -> "Shared by your specialist";
            case INTERESTED -> "You said you are interested. Your specialist will be in touch";
            case INTRODUCED -> "Introduced to the employer";
            case INTERVIEW -> "Interview arranged";
            case OFFER -> "Job offered";
            case STARTED -> "You started this job";
            case CLOSED -> "Finished";
            case SHORTLISTED, DISMISSED -> "Not shared";
        };
    }
}
