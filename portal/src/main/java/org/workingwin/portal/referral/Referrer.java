package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;

/** Who referred someone: a GP or health professional, or an employer asking for in-work support. */
public record Referrer(@Nullable String name, @Nullable String role, @Nullable String organisation,
                       @Nullable String email, @Nullable String phone) {
}
