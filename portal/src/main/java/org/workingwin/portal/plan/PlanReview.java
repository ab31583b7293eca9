package org.workingwin.portal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One review meeting with a participant: what was said, the next steps agreed and when the next review is. */
@MappedEntity("plan_review")
record PlanReview(@Id @GeneratedValue @Nullable Long id, long participantId, LocalDate meetingDate, String notes,
                  @Nullable String nextSteps, LocalDate nextReviewDate, long recordedBy, Instant recordedAt) {
}
