package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Who moved a vacancy from one status to another, and when. Never updated or deleted. */
@MappedEntity("vacancy_status_change")
public record VacancyStatusChange(@Id @GeneratedValue @Nullable Long id, long vacancyId,
                                  @Nullable VacancyStatus fromStatus, VacancyStatus toStatus, long changedBy,
                                  Instant changedAt, @Nullable String reason) {
}
