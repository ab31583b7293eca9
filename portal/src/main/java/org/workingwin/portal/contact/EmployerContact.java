package org.workingwin.portal.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One contact a specialist had with an employer. IPS counts these (contacts per week, days to the
 * first contact); the employer is named in words, as it need not be registered here. A contact
 * may be on behalf of one participant on the specialist's caseload.
 */
@MappedEntity("employer_contact")
public record EmployerContact(@Id @GeneratedValue @Nullable Long id, long specialistId, String employerName,
                              LocalDate contactDate, ContactKind kind, @Nullable String note,
                              @Nullable Long participantId, Instant createdAt) {
}
