package org.workingwin.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.workingwin.portal.base.security.Role;

/**
 * A person who can sign in. Employers belong to one organisation; other roles to none. emailVerifiedAt is
 * empty until a self-registered person follows the link sent to their address; sessionGeneration rises
 * whenever every session of the account must end (see SessionService).
 */
@MappedEntity("user_account")
public record UserAccount(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable Long organisationId,
        Instant createdAt,
        @Nullable Instant emailVerifiedAt,
        int sessionGeneration) {
}
