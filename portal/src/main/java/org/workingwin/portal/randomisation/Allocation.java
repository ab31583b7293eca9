package org.workingwin.portal.randomisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A revealed allocation. Written once; the repository has no way to change or remove it. */
@MappedEntity("allocation")
public record Allocation(@Id @GeneratedValue @Nullable Long id, long referralId, long slotId, String stratum, Arm arm,
                         long revealedBy, Instant revealedAt) {
}
