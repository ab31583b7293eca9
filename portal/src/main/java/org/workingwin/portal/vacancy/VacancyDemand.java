package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One physical or other demand a vacancy makes (a taxonomy code). */
@MappedEntity("vacancy_demand")
public record VacancyDemand(@Id @GeneratedValue @Nullable Long id, long vacancyId, String code) {
}
