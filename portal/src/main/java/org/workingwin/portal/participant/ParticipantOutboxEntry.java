package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** "Participant N changed", written in the same transaction as the change; the reverse index follows it. */
@MappedEntity("participant_outbox")
public record ParticipantOutboxEntry(@Id @GeneratedValue @Nullable Long id, long participantId, Instant createdAt) {
}
