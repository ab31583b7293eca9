package org.workingwin.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "limit failures within window lock for lock": when the newest failure is the limit-th within the window
 * that ends at it, attempts are refused until the newest failure plus the lock time. Refused attempts are
 * not failures (the password is not checked), so the lock does not extend itself.
 */
public record ThrottleRule(int limit, Duration window, Duration lock) {

    /** How far back failures matter to this rule at all. */
    Duration memory() {
        return window.plus(lock);
    }

    /** When attempts may start again, if they are refused now; failures newest first. */
    Optional<Instant> lockedUntil(List<Instant> failuresNewestFirst, Instant now) {
        if (failuresNewestFirst.size() < limit) {
            return Optional.empty();
        }
        Instant newest = failuresNewestFirst.getFirst();
        long inWindow = failuresNewestFirst.stream().filter(at -> at.isAfter(newest.minus(window))).count();
        Instant until = newest.plus(lock);
        return inWindow >= limit && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
