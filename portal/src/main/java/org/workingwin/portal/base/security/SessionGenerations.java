package org.workingwin.portal.base.security;

import java.util.OptionalInt;

/**
 * The number every signed-in session of an account must remember to stay valid. The account feature
 * raises it to end all of an account's sessions (sign out everywhere, a new password); the access guard
 * compares it on every navigation. Declared here so the shared frame does not depend on the account feature.
 */
public interface SessionGenerations {

    /** The account's current number; empty when the account no longer exists. */
    OptionalInt current(long userId);
}
