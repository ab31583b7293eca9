package org.workingwin.portal.pipeline;

import java.time.Instant;
import java.time.LocalDate;

/** A step counted by the IPS figures: whose, what, and when it was recorded. */
public record PipelineStep(long participantId, StepKind kind, Instant recordedAt,
                           @io.micronaut.core.annotation.Nullable LocalDate eventDate) {
}
