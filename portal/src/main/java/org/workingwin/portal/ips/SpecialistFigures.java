package org.workingwin.portal.ips;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One specialist's IPS figures and those of each participant on their caseload (definitions in
 * src/site/ips-figures.md). {@code averageDaysToFirstEmployerContact} is null while no participant has one.
 */
public record SpecialistFigures(long specialistId, String specialistName, long activeCaseload, int caseloadLimit,
                                double contactsPerWeek, @Nullable Double averageDaysToFirstEmployerContact,
                                int withoutEmployerContact, int shortlists, int introductions, int interviews,
                                int jobStarts, List<ParticipantFigures> participants) {
}
