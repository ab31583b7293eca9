package org.workingwin.portal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One kept edit of a plan: who, when, and each changed field as "Label: before → after", one per line. */
@MappedEntity("plan_revision")
record PlanRevision(@Id @GeneratedValue @Nullable Long id, long participantId, long changedBy, Instant changedAt,
                    String changes) {
}
