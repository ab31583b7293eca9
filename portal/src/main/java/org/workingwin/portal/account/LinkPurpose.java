package org.workingwin.portal.account;

import java.time.Duration;

/** What a one-time link is for, and how long it works: one constant each, named in src/site/accounts.md. */
public enum LinkPurpose {
    INVITATION(Duration.ofDays(7)),
    EMAIL_VERIFICATION(Duration.ofDays(3)),
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration lifetime;

    LinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
