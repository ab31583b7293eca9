package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A timestamped step of an opportunity; {@code eventDate} is the day it happens (an interview, a job start). */
@MappedEntity("opportunity_step")
public record OpportunityStep(@Id @GeneratedValue @Nullable Long id, long opportunityId, StepKind kind,
                              @Nullable LocalDate eventDate, @Nullable String note, long actorId, Instant createdAt) {
}
