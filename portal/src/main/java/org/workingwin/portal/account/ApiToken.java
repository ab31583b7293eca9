package org.workingwin.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An API token of a specialist or administrator. Only its SHA-256 hash is stored. */
@MappedEntity("api_token")
public record ApiToken(@Id @GeneratedValue @Nullable Long id, long userId, String name, String tokenHash,
                       Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
