package org.workingwin.portal.randomisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One request to reveal: REVEALED the first time, SHOWN_AGAIN after (the same arm). */
@MappedEntity("allocation_audit")
public record AllocationAudit(@Id @GeneratedValue @Nullable Long id, long referralId, long actorId, String event,
                              Arm arm, Instant at) {
}
