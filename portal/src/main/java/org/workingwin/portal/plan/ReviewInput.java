package org.workingwin.portal.plan;

import java.time.LocalDate;

/** One review meeting as the specialist records it. */
public record ReviewInput(LocalDate meetingDate, String notes, String nextSteps, LocalDate nextReviewDate) {
}
