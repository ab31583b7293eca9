package org.workingwin.portal.audit;

import java.time.Instant;
import org.workingwin.portal.base.audit.HealthAction;

/** A line of the audit trail as an administrator reads it: the actor by name. */
public record AuditLine(Instant at, String who, String role, HealthAction action, String what, long participantId,
                        String via) {
}
