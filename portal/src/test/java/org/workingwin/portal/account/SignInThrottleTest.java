package org.workingwin.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lock-out rules on a clock the test moves and an in-memory list standing in for the table. */
class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-11-23T18:00:00Z");
    private static final String ADDRESS = "203.0.113.7";
    private final MovingClock clock = new MovingClock();
    private final InMemoryFailures failures = new InMemoryFailures();
    private final SignInThrottle throttle = new SignInThrottle(failures, clock);

    @Test
    void four_failures_in_a_row_leave_the_account_open() {
        failTimes("sam@example.org", ADDRESS, 4, Duration.ofSeconds(10));
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).isEmpty();
    }

    @Test
    void the_fifth_failure_within_fifteen_minutes_locks_the_account_for_fifteen_minutes_from_it() {
        failTimes("sam@example.org", ADDRESS, 5, Duration.ofMinutes(3));
        // Failures at 18:00, 18:03, 18:06, 18:09 and 18:12: locked until 18:27.
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).contains(Instant.parse("2026-11-23T18:27:00Z"));
        assertThat(throttle.lockedUntil("SAM@example.org ", "198.51.100.1")).contains(Instant.parse("2026-11-23T18:27:00Z"));
        assertThat(throttle.lockedUntil("other@example.org", ADDRESS)).isEmpty();
    }

    @Test
    void five_failures_spread_over_more_than_fifteen_minutes_lock_nothing() {
        failTimes("sam@example.org", ADDRESS, 5, Duration.ofMinutes(4));
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).isEmpty();
    }

    @Test
    void the_lock_ends_fifteen_minutes_after_the_last_failure_and_the_count_starts_again() {
        failTimes("sam@example.org", ADDRESS, 5, Duration.ofSeconds(1));
        // Failures at 18:00:00 to 18:00:04.
        clock.set(Instant.parse("2026-11-23T18:15:03Z"));
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).contains(Instant.parse("2026-11-23T18:15:04Z"));
        clock.set(Instant.parse("2026-11-23T18:15:04Z"));
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).isEmpty();
        throttle.failed("sam@example.org", ADDRESS);
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account_but_not_other_addresses() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("person" + i + "@example.org", ADDRESS);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(throttle.lockedUntil("new@example.org", ADDRESS)).isEmpty();
        // The 20th failure is at 18:09:30.
        throttle.failed("person19@example.org", ADDRESS);
        assertThat(throttle.lockedUntil("new@example.org", ADDRESS)).contains(Instant.parse("2026-11-23T18:24:30Z"));
        assertThat(throttle.lockedUntil("new@example.org", "198.51.100.1")).isEmpty();
        assertThat(throttle.lockedUntil("person3@example.org", "198.51.100.1")).isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_the_account_count_but_not_the_address_count() {
        failTimes("sam@example.org", ADDRESS, 4, Duration.ofSeconds(10));
        throttle.succeeded("Sam@Example.org");
        failTimes("sam@example.org", ADDRESS, 4, Duration.ofSeconds(10));
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).isEmpty();
        assertThat(failures.rows).hasSize(4);
        throttle.failed("sam@example.org", ADDRESS);
        assertThat(throttle.lockedUntil("sam@example.org", ADDRESS)).isPresent();
    }

    @Test
    void failures_older_than_a_day_are_deleted_when_the_next_is_recorded() {
        failTimes("sam@example.org", ADDRESS, 3, Duration.ofMinutes(1));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        throttle.failed("kim@example.org", ADDRESS);
        assertThat(failures.rows).extracting(SignInFailure::email).containsExactly("kim@example.org");
    }

    @Test
    void the_rule_counts_only_failures_within_the_window_ending_at_the_newest() {
        ThrottleRule rule = new ThrottleRule(3, Duration.ofMinutes(10), Duration.ofMinutes(5));
        Instant now = START.plusSeconds(60);
        assertThat(rule.lockedUntil(List.of(START, START.minusSeconds(599), START.minusSeconds(600)), now)).isEmpty();
        assertThat(rule.lockedUntil(List.of(START, START.minusSeconds(300), START.minusSeconds(599)), now))
                .contains(START.plusSeconds(300));
    }

    private void failTimes(String email, String address, int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(apart);
            }
            throttle.failed(email, address);
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now = START;

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The repository's few methods over a list. */
    private static final class InMemoryFailures implements SignInFailureRepository {
        final List<SignInFailure> rows = new ArrayList<>();

        @Override
        public SignInFailure save(SignInFailure failure) {
            rows.add(failure);
            return failure;
        }

        @Override
        public List<SignInFailure> findByEmailAndFailedAtGreaterThanOrderByFailedAtDesc(String email, Instant after) {
            return rows.stream().filter(r -> r.email().equals(email) && r.failedAt().isAfter(after))
                    .sorted(Comparator.comparing(SignInFailure::failedAt).reversed()).toList();
        }

        @Override
        public List<SignInFailure> findByAddressAndFailedAtGreaterThanOrderByFailedAtDesc(String address, Instant after) {
            return rows.stream().filter(r -> r.address().equals(address) && r.failedAt().isAfter(after))
                    .sorted(Comparator.comparing(SignInFailure::failedAt).reversed()).toList();
        }

        @Override
        public void deleteByEmail(String email) {
            rows.removeIf(r -> r.email().equals(email));
        }

        @Override
        public void deleteByFailedAtLessThan(Instant before) {
            rows.removeIf(r -> r.failedAt().isBefore(before));
        }
    }
}
