package org.workingwin.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One single-use recovery code, by its SHA-256 hash; used once it has a time. */
@MappedEntity("two_factor_recovery_code")
record RecoveryCode(@Id @GeneratedValue @Nullable Long id, long userId, String codeHash, @Nullable Instant usedAt) {
}
