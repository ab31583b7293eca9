package org.workingwin.portal.account;

import java.time.Instant;
import org.workingwin.portal.base.security.SignedInUser;

/** What a sign-in attempt (the password step or the code step) came to. */
public sealed interface SignInOutcome {

    /** Too many recent failures: refused without looking at the password or code. */
    record Refused(Instant until) implements SignInOutcome {
    }

    /** Wrong email, password or code; which of them is not said. */
    record Wrong() implements SignInOutcome {
    }

    /** The second step had waited too long; start again. */
    record Expired() implements SignInOutcome {
    }

    /** Password right, and the account uses two-factor sign-in: ask for a code. */
    record CodeNeeded(PendingSignIn pending) implements SignInOutcome {
    }

    /** Signed in; mustSetUpTwoFactor when staff without two-factor sign-in may only set it up. */
    record SignedIn(SignedInUser user, boolean mustSetUpTwoFactor) implements SignInOutcome {
    }
}
