package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One workplace adjustment a vacancy offers (a taxonomy code), with the employer's optional note. */
@MappedEntity("vacancy_adjustment")
public record VacancyAdjustment(@Id @GeneratedValue @Nullable Long id, long vacancyId, String code,
                                @Nullable String note) {
}
