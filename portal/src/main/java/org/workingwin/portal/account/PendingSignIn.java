package org.workingwin.portal.account;

import java.time.Instant;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * A correct password for an account with two-factor sign-in: not signed in until the code is given.
 * Kept in the browser session only, and only until {@code expiresAt}.
 */
public record PendingSignIn(SignedInUser user, Instant expiresAt) {
}
