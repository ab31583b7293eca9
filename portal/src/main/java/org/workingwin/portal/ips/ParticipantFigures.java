package org.workingwin.portal.ips;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * One participant's IPS figures (definitions in src/site/ips-figures.md). {@code daysToFirstEmployerContact}
 * is null until a contact has been logged on their behalf.
 */
public record ParticipantFigures(long participantId, String name, String status, LocalDate enrolledOn,
                                 @Nullable Integer daysToFirstEmployerContact, double employerContactsPerWeek,
                                 int shortlists, int introductions, int interviews, int jobStarts) {
}
