package org.workingwin.portal.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Sign-in in one or two steps, throttled per account and per address (src/site/sign-in.md). The password
 * is checked by {@link AccountService#signIn}; this adds the lock-out before it and the code step after it.
 */
@Singleton
public class SignInService {

    /** How long the code step waits after a correct password. */
    public static final Duration CODE_STEP_EXPIRY = Duration.ofMinutes(5);

    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final TwoFactorService twoFactor;
    private final SecuritySettings settings;
    private final Clock clock;
    private final MeterRegistry registry;

    SignInService(AccountService accounts, SignInThrottle throttle, TwoFactorService twoFactor,
                  SecuritySettings settings, Clock clock, MeterRegistry registry) {
        this.registry = registry;
        this.accounts = accounts;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.settings = settings;
        this.clock = clock;
    }

    public SignInOutcome signIn(String email, String password, String address) {
        return counted(passwordStep(email, password, address));
    }

    /** The second step: a current code from the app, or a recovery code. */
    public SignInOutcome confirmCode(PendingSignIn pending, String code, String address) {
        return counted(codeStep(pending, code, address));
    }

    /** {@code portal_sign_ins_total} by outcome, for operations (a rise in "locked" is an attack). */
    private SignInOutcome counted(SignInOutcome outcome) {
        String name = switch (outcome) {
            case SignInOutcome.SignedIn s -> "signed_in";
            case SignInOutcome.CodeNeeded c -> "code_needed";
            case SignInOutcome.Wrong w -> "wrong";
            case SignInOutcome.Refused r -> "locked";
            case SignInOutcome.Expired e -> "expired";
        };
        Counter.builder("portal.sign.ins").description("Sign-in attempts, by outcome").tag("outcome", name)
                .register(registry).increment();
        return outcome;
    }

    private SignInOutcome passwordStep(String email, String password, String address) {
        var locked = throttle.lockedUntil(email, address);
        if (locked.isPresent()) {
            return new SignInOutcome.Refused(locked.get());
        }
        Optional<SignedInUser> user = accounts.signIn(email, password);
        if (user.isEmpty()) {
            return failed(email, address);
        }
        boolean staff = user.get().is(Role.SPECIALIST, Role.ADMIN);
        if (staff && twoFactor.isOn(user.get())) {
            // The count is cleared only after the code: else a password holder could guess codes forever.
            return new SignInOutcome.CodeNeeded(new PendingSignIn(user.get(), clock.instant().plus(CODE_STEP_EXPIRY)));
        }
        throttle.succeeded(email);
        return new SignInOutcome.SignedIn(user.get(), staff && settings.isTwoFactorRequired());
    }

    private SignInOutcome codeStep(PendingSignIn pending, String code, String address) {
        if (pending == null || !clock.instant().isBefore(pending.expiresAt())) {
            return new SignInOutcome.Expired();
        }
        String email = pending.user().email();
        var locked = throttle.lockedUntil(email, address);
        if (locked.isPresent()) {
            return new SignInOutcome.Refused(locked.get());
        }
        if (!twoFactor.verify(pending.user().id(), code)) {
            return failed(email, address);
        }
        throttle.succeeded(email);
        return new SignInOutcome.SignedIn(pending.user(), false);
    }

    /** Records the failure; the attempt that reaches a limit is told of the lock at once. */
    private SignInOutcome failed(String email, String address) {
        throttle.failed(email, address);
        return throttle.lockedUntil(email, address).<SignInOutcome>map(SignInOutcome.Refused::new)
                .orElseGet(SignInOutcome.Wrong::new);
    }
}
