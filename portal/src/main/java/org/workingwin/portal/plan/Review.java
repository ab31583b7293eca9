package org.workingwin.portal.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A review meeting as the plan page lists it; {@code nextSteps} is null when none were written. */
public record Review(long id, LocalDate meetingDate, String notes, String nextSteps, LocalDate nextReviewDate,
                     String recordedBy, Instant recordedAt) {
}
