package org.workingwin.portal.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** An employer organisation; its users post and manage its vacancies. */
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String sector,
        SizeBand sizeBand,
        String postcode,
        String postcodeDistrict,
        DisabilityConfidentLevel disabilityConfident,
        String contactName,
        String contactEmail,
        @Nullable String contactPhone,
        Instant createdAt,
        @Version @Nullable Long version) {
}
