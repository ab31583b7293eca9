package org.workingwin.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.workingwin.portal.base.security.Role;

/**
 * A link emailed once: an invitation, an email verification or a password reset. Only the SHA-256 of its
 * random token is stored. It works once, before {@code expiresAt}, unless revoked.
 */
@MappedEntity("one_time_link")
public record OneTimeLink(@Id @GeneratedValue @Nullable Long id, LinkPurpose purpose, String tokenHash,
                          String email, @Nullable String displayName, @Nullable Role role, @Nullable Long userId,
                          @Nullable Long participantId, @Nullable Long createdBy, Instant createdAt,
                          Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt) {

    OneTimeLink revoked(Instant at) {
        return new OneTimeLink(id, purpose, tokenHash, email, displayName, role, userId, participantId, createdBy,
                createdAt, expiresAt, usedAt, at);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Neither used nor revoked: an invitation still waiting (expired or not). */
    public boolean open() {
        return usedAt == null && revokedAt == null;
    }
}
