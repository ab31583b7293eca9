package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * "Vacancy N changed": one row of the ordered change log, written in the same transaction as the
 * change. Each search index keeps its own cursor into this log.
 */
@MappedEntity("index_outbox")
public record IndexOutboxEntry(@Id @GeneratedValue @Nullable Long id, long vacancyId, Instant createdAt) {
}
