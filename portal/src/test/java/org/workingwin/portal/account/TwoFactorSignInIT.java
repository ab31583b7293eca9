package org.workingwin.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * Two-factor enrolment and sign-in against the real tables, with codes the test computes from the stored
 * secret with the library's own generator, on a clock the test moves from one 30-second step to the next.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.security.two-factor-required", value = "true")
@Tag("database")
class TwoFactorSignInIT {

    /** 18:00:00 UTC is the start of time step 59,848,560 (seconds / 30). */
    private static final Instant START = Instant.parse("2026-11-23T18:00:00Z");
    private static final long START_STEP = 59_848_560L;

    @Inject
    SignInService signIns;
    @Inject
    TwoFactorService twoFactor;
    @Inject
    AccountService accounts;
    @Inject
    TwoFactorRepository twoFactors;
    @Inject
    Clock clock;
    @Inject
    TestData data;

    private SettableClock time;
    private SignedInUser specialist;
    private String address;

    @BeforeEach
    void freshAccount() {
        time = (SettableClock) clock;
        time.set(START);
        specialist = accounts.create(TestData.uniqueEmail("totp"), "Tess Totp", TestData.PASSWORD, Role.SPECIALIST, null);
        // The tables are shared with other tests (and runs, on MariaDB): every test signs in from its own address.
        address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void a_specialist_without_two_factor_is_signed_in_and_must_set_it_up_first() {
        assertThat(signIns.signIn(specialist.email(), TestData.PASSWORD, address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, true));
        SignedInUser employer = data.employer("Totp Ltd");
        assertThat(signIns.signIn(employer.email(), TestData.PASSWORD, address))
                .isEqualTo(new SignInOutcome.SignedIn(employer, false));
    }

    @Test
    void enrolment_stores_the_secret_and_gives_ten_different_recovery_codes() {
        List<String> recovery = enrol();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}"));
        assertThat(new HashSet<>(recovery)).hasSize(10);
        assertThat(twoFactor.isOn(specialist)).isTrue();
        assertThat(twoFactor.recoveryCodesLeft(specialist)).isEqualTo(10);
        assertThat(twoFactors.findById(specialist.id()).orElseThrow().lastUsedStep()).isEqualTo(START_STEP);
    }

    @Test
    void enrolment_with_a_wrong_code_stores_nothing() {
        TwoFactorSetup setup = twoFactor.start(specialist);
        assertThatThrownBy(() -> twoFactor.enrol(specialist, setup.secret(), "000000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "code", "That code is not right. Enter the 6-digit code your app shows now"));
        assertThat(twoFactor.isOn(specialist)).isFalse();
    }

    @Test
    void after_enrolment_the_password_alone_does_not_sign_in_and_the_current_code_does() {
        enrol();
        time.set(START.plusSeconds(35));
        SignInOutcome first = signIns.signIn(specialist.email(), TestData.PASSWORD, address);
        PendingSignIn pending = new PendingSignIn(specialist, START.plusSeconds(35 + 300));
        assertThat(first).isEqualTo(new SignInOutcome.CodeNeeded(pending));
        assertThat(signIns.confirmCode(pending, "123456", address)).isEqualTo(new SignInOutcome.Wrong());
        assertThat(signIns.confirmCode(pending, " " + code(START_STEP + 1).substring(0, 3) + " "
                + code(START_STEP + 1).substring(3), address)).isEqualTo(new SignInOutcome.SignedIn(specialist, false));
    }

    @Test
    void a_code_is_refused_the_second_time_and_so_is_the_code_used_to_enrol() {
        enrol();
        PendingSignIn pending = new PendingSignIn(specialist, START.plusSeconds(300));
        assertThat(signIns.confirmCode(pending, code(START_STEP), address)).isEqualTo(new SignInOutcome.Wrong());
        time.set(START.plusSeconds(30));
        assertThat(signIns.confirmCode(pending, code(START_STEP + 1), address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, false));
        assertThat(signIns.confirmCode(pending, code(START_STEP + 1), address)).isEqualTo(new SignInOutcome.Wrong());
        // A code from the step before still works for clock drift, but not once a later step was used.
        time.set(START.plusSeconds(60));
        assertThat(signIns.confirmCode(pending, code(START_STEP + 1), address)).isEqualTo(new SignInOutcome.Wrong());
        assertThat(signIns.confirmCode(pending, code(START_STEP + 2), address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, false));
    }

    @Test
    void a_recovery_code_signs_in_once() {
        List<String> recovery = enrol();
        PendingSignIn pending = new PendingSignIn(specialist, START.plusSeconds(300));
        assertThat(signIns.confirmCode(pending, recovery.get(3), address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, false));
        assertThat(signIns.confirmCode(pending, recovery.get(3), address)).isEqualTo(new SignInOutcome.Wrong());
        assertThat(signIns.confirmCode(pending, recovery.get(4).toUpperCase().replace("-", " "), address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, false));
        assertThat(twoFactor.recoveryCodesLeft(specialist)).isEqualTo(8);
    }

    @Test
    void the_code_step_expires_five_minutes_after_the_password() {
        enrol();
        time.set(START.plusSeconds(60));
        var pending = ((SignInOutcome.CodeNeeded) signIns.signIn(specialist.email(), TestData.PASSWORD, address)).pending();
        time.set(START.plusSeconds(360));
        assertThat(signIns.confirmCode(pending, code(START_STEP + 12), address)).isEqualTo(new SignInOutcome.Expired());
        assertThat(signIns.confirmCode(null, code(START_STEP + 12), address)).isEqualTo(new SignInOutcome.Expired());
    }

    @Test
    void five_wrong_codes_lock_the_account_and_then_even_a_right_code_is_refused_unread() {
        enrol();
        PendingSignIn pending = new PendingSignIn(specialist, START.plusSeconds(300));
        for (int i = 0; i < 4; i++) {
            assertThat(signIns.confirmCode(pending, "00000" + i, address)).isEqualTo(new SignInOutcome.Wrong());
        }
        Instant until = START.plus(Duration.ofMinutes(15));
        assertThat(signIns.confirmCode(pending, "000004", address)).isEqualTo(new SignInOutcome.Refused(until));
        time.set(START.plusSeconds(30));
        assertThat(signIns.confirmCode(pending, code(START_STEP + 1), address)).isEqualTo(new SignInOutcome.Refused(until));
        assertThat(twoFactors.findById(specialist.id()).orElseThrow().lastUsedStep()).isEqualTo(START_STEP);
        assertThat(signIns.signIn(specialist.email(), TestData.PASSWORD, "192.0.2.200"))
                .isEqualTo(new SignInOutcome.Refused(until));
    }

    @Test
    void a_locked_account_is_refused_without_checking_the_password_and_an_unknown_email_locks_the_same_way() {
        String unknown = TestData.uniqueEmail("nobody");
        for (int i = 0; i < 4; i++) {
            assertThat(signIns.signIn(specialist.email(), "wrong password " + i, address)).isEqualTo(new SignInOutcome.Wrong());
            assertThat(signIns.signIn(unknown, "wrong password " + i, address)).isEqualTo(new SignInOutcome.Wrong());
        }
        Instant until = START.plus(Duration.ofMinutes(15));
        assertThat(signIns.signIn(specialist.email(), "wrong password 4", address)).isEqualTo(new SignInOutcome.Refused(until));
        assertThat(signIns.signIn(unknown, "wrong password 4", address)).isEqualTo(new SignInOutcome.Refused(until));
        assertThat(signIns.signIn(specialist.email(), TestData.PASSWORD, address)).isEqualTo(new SignInOutcome.Refused(until));
        time.set(until);
        assertThat(signIns.signIn(specialist.email(), TestData.PASSWORD, address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, true));
    }

    @Test
    void a_full_sign_in_clears_the_account_count() {
        for (int i = 0; i < 4; i++) {
            signIns.signIn(specialist.email(), "wrong password", address);
        }
        assertThat(signIns.signIn(specialist.email(), TestData.PASSWORD, address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, true));
        for (int i = 0; i < 4; i++) {
            assertThat(signIns.signIn(specialist.email(), "wrong password", address)).isEqualTo(new SignInOutcome.Wrong());
        }
    }

    @Test
    void turning_it_off_needs_a_current_code() {
        enrol();
        assertThatThrownBy(() -> twoFactor.turnOff(specialist, "")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("code", "Enter the 6-digit code your app shows"));
        time.set(START.plusSeconds(30));
        twoFactor.turnOff(specialist, code(START_STEP + 1));
        assertThat(twoFactor.isOn(specialist)).isFalse();
        assertThat(twoFactor.recoveryCodesLeft(specialist)).isZero();
    }

    @Test
    void an_administrator_resets_someone_elses_two_factor_but_not_their_own_and_a_specialist_cannot() {
        enrol();
        SignedInUser admin = accounts.create(TestData.uniqueEmail("admin"), "Ada Admin", TestData.PASSWORD, Role.ADMIN, null);
        assertThatThrownBy(() -> twoFactor.reset(specialist, admin.email())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> twoFactor.reset(admin, admin.email())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry("email",
                        "Turn off your own two-factor sign-in above, with a code"));
        assertThatThrownBy(() -> twoFactor.reset(admin, "nobody-" + UUID.randomUUID() + "@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "email", "No specialist or administrator has this email address"));
        assertThat(twoFactor.reset(admin, " " + specialist.email().toUpperCase() + " ")).isEqualTo("Tess Totp");
        assertThat(twoFactor.isOn(specialist)).isFalse();
        assertThat(signIns.signIn(specialist.email(), TestData.PASSWORD, address))
                .isEqualTo(new SignInOutcome.SignedIn(specialist, true));
    }

    /** Enrols the specialist at 18:00:00 with the code for that step; returns the recovery codes. */
    private List<String> enrol() {
        TwoFactorSetup setup = twoFactor.start(specialist);
        assertThat(setup.qrCodeDataUri()).startsWith("data:image/png;base64,");
        return twoFactor.enrol(specialist, setup.secret(), generate(setup.secret(), START_STEP));
    }

    /** The code for a time step, from the secret as stored. */
    private String code(long step) {
        return generate(twoFactors.findById(specialist.id()).orElseThrow().secret(), step);
    }

    private static String generate(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    @MockBean(Clock.class)
    Clock settableClock() {
        return new SettableClock();
    }

    static final class SettableClock extends Clock {
        private volatile Instant now = START;

        void set(Instant instant) {
            now = instant;
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
}
