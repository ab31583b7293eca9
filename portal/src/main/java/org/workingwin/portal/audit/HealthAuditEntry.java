package org.workingwin.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.workingwin.portal.base.audit.HealthAction;

/** One read or change of a participant's health data. {@code actorId} null: the system. */
@MappedEntity("health_audit")
public record HealthAuditEntry(@Id @GeneratedValue @Nullable Long id, @Nullable Long actorId, String actorRole,
                               HealthAction action, String what, long participantId, String via, Instant at) {
}
