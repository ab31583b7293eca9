package org.workingwin.portal.passport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One adjustment agreed with the employer for a job a participant started, with how it works there. */
@MappedEntity("agreed_adjustment")
public record AgreedAdjustment(@Id @GeneratedValue @Nullable Long id, long opportunityId, String code,
                               @Nullable String note, LocalDate agreedOn, long recordedBy, Instant createdAt) {
}
