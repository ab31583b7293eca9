package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One kept edit of a participant's record: who, when, and each changed field as "Label: before → after",
 * one per line. {@code changedBy} is null for changes the portal makes itself (a recorded job start).
 */
@MappedEntity("participant_revision")
public record ParticipantRevision(@Id @GeneratedValue @Nullable Long id, long participantId,
                                  @Nullable Long changedBy, Instant changedAt, String changes) {
}
