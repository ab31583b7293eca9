package org.workingwin.portal.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A staff member's TOTP secret and the last time step whose code was accepted (no code works twice). */
@MappedEntity("two_factor")
record TwoFactor(@Id Long userId, String secret, Instant enabledAt, long lastUsedStep) {
}
