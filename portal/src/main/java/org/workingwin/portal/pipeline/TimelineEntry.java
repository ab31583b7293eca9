package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/** One step as a timeline shows it: what, when it was recorded, by whom, for which day, and the note. */
public record TimelineEntry(StepKind kind, Instant recordedAt, String by, @Nullable LocalDate eventDate,
                            @Nullable String note) {
}
