package org.workingwin.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per account and per client address, in the database so that every portal node
 * sees the same count. The account key is the email as typed, whether or not it has an account, so a
 * lock-out never tells anyone which emails are registered. See src/site/sign-in.md.
 */
@Singleton
public class SignInThrottle {

    /** 5 failures of one account within 15 minutes lock it for 15 minutes. */
    public static final ThrottleRule PER_ACCOUNT = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** 20 failures from one address within 15 minutes, whichever accounts, lock the address for 15 minutes. */
    public static final ThrottleRule PER_ADDRESS = new ThrottleRule(20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** Failures older than this are deleted; a day is kept for anyone looking into an attack. */
    static final Duration KEPT = Duration.ofDays(1);
    static final int ADDRESS_MAX = 64;

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private final SignInFailureRepository failures;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** When sign-in may be tried again for this email from this address, if it is refused now. */
    @Transactional
    public Optional<Instant> lockedUntil(String email, String address) {
        Instant now = clock.instant();
        Optional<Instant> account = PER_ACCOUNT.lockedUntil(times(failures
                .findByEmailAndFailedAtGreaterThanOrderByFailedAtDesc(key(email), now.minus(PER_ACCOUNT.memory()))), now);
        Optional<Instant> client = PER_ADDRESS.lockedUntil(times(failures
                .findByAddressAndFailedAtGreaterThanOrderByFailedAtDesc(address(address), now.minus(PER_ADDRESS.memory()))),
                now);
        return Stream.of(account, client).flatMap(Optional::stream).max(Instant::compareTo);
    }

    @Transactional
    public void failed(String email, String address) {
        Instant now = clock.instant();
        failures.deleteByFailedAtLessThan(now.minus(KEPT));
        failures.save(new SignInFailure(null, key(email), address(address), now));
        lockedUntil(email, address).ifPresent(until ->
                LOG.warn("Sign-in locked until {} for account key {} from address {}", until, key(email), address(address)));
    }

    /** A full sign-in (password and, when enrolled, the code) clears the account's count; the address keeps its own. */
    @Transactional
    public void succeeded(String email) {
        failures.deleteByEmail(key(email));
    }

    private static List<Instant> times(List<SignInFailure> rows) {
        return rows.stream().map(SignInFailure::failedAt).toList();
    }

    static String key(String email) {
        String normalised = email == null ? "" : AccountService.normalise(email);
        return normalised.length() > AccountLimits.EMAIL_MAX ? normalised.substring(0, AccountLimits.EMAIL_MAX) : normalised;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > ADDRESS_MAX ? a.substring(0, ADDRESS_MAX) : a;
    }
}
