package org.workingwin.portal.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A participant's browse kept by name. Multi-valued filters are comma-separated codes. The digest has
 * told them about every matching vacancy published before {@code checkedUntil}.
 */
@MappedEntity("saved_search")
public record SavedSearch(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        String name,
        @Nullable String keywords,
        @Nullable String postcode,
        @Nullable Double radiusKm,
        @Nullable Double hoursMin,
        @Nullable Double hoursMax,
        String workModes,
        String contractTypes,
        String localAuthorities,
        String adjustments,
        Instant checkedUntil,
        Instant createdAt) {

    SavedSearch checked(Instant until) {
        return new SavedSearch(id, userId, name, keywords, postcode, radiusKm, hoursMin, hoursMax, workModes,
                contractTypes, localAuthorities, adjustments, until, createdAt);
    }
}
