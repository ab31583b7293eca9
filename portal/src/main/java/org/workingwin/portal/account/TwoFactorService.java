package org.workingwin.portal.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * Two-factor sign-in for specialists and administrators: time-based one-time passwords (RFC 6238: SHA-1,
 * 6 digits, 30 seconds, as every authenticator app expects) and ten single-use recovery codes, of which
 * only SHA-256 hashes are kept. A code is accepted for the step before and after the current one (clock
 * drift) but never for a step at or before the last one accepted, so an overheard code cannot be replayed.
 */
@Singleton
public class TwoFactorService {

    public static final int RECOVERY_CODES = 10;
    /** Longest code anyone types: a recovery code with its hyphens and a little room for spaces. */
    public static final int CODE_MAX = 40;
    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    private static final String ISSUER = "Working Win";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern SECRET = Pattern.compile("[A-Z2-7]{32}");
    private static final Logger LOG = LoggerFactory.getLogger(TwoFactorService.class);

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final TwoFactorRepository twoFactors;
    private final RecoveryCodeRepository recoveryCodes;
    private final UserAccountRepository accounts;
    private final Clock clock;

    TwoFactorService(TwoFactorRepository twoFactors, RecoveryCodeRepository recoveryCodes,
                     UserAccountRepository accounts, Clock clock) {
        this.twoFactors = twoFactors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new secret and its QR code; nothing is stored until {@link #enrol} confirms it with a code. */
    public TwoFactorSetup start(SignedInUser actor) {
        requireStaff(actor);
        String secret = new DefaultSecretGenerator(32).generate();
        QrData data = new QrData.Builder().label(actor.email()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return new TwoFactorSetup(secret, Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    /** Turns two-factor sign-in on when the code fits the secret; returns the recovery codes, shown once. */
    @Transactional
    public List<String> enrol(SignedInUser actor, String secret, String code) {
        requireStaff(actor);
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new NotAllowedException("This is not a secret the portal made");
        }
        if (twoFactors.existsById(actor.id())) {
            throw new NotAllowedException("Two-factor sign-in is already on: turn it off first to set it up again");
        }
        OptionalLong step = matchingStep(secret, clean(code), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw wrongCode(code);
        }
        twoFactors.save(new TwoFactor(actor.id(), secret, clock.instant(), step.getAsLong()));
        recoveryCodes.deleteByUserId(actor.id());
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(c -> recoveryCodes.save(new RecoveryCode(null, actor.id(), hash(c), null)));
        LOG.info("Two-factor sign-in turned on for account {}", actor.id());
        return codes;
    }

    @Transactional
    public boolean isOn(SignedInUser actor) {
        return twoFactors.existsById(actor.id());
    }

    @Transactional
    public long recoveryCodesLeft(SignedInUser actor) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(actor.id());
    }

    /** Turns it off with a current code (or a recovery code), so a session left open cannot do it alone. */
    @Transactional
    public void turnOff(SignedInUser actor, String code) {
        requireStaff(actor);
        if (!verify(actor.id(), code)) {
            throw wrongCode(code);
        }
        remove(actor.id());
        LOG.info("Two-factor sign-in turned off by account {}", actor.id());
    }

    /**
     * An administrator turns off another staff member's two-factor sign-in, for someone who lost both their
     * phone and their recovery codes; they set it up again at their next sign-in. Written to the log.
     */
    @Transactional
    public String reset(SignedInUser admin, String email) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        UserAccount account = accounts.findByEmail(email == null ? "" : AccountService.normalise(email))
                .filter(a -> a.role() == Role.SPECIALIST || a.role() == Role.ADMIN)
                .orElseThrow(() -> new InvalidInputException(Map.of("email",
                        "No specialist or administrator has this email address")));
        if (account.id() == admin.id()) {
            throw new InvalidInputException(Map.of("email", "Turn off your own two-factor sign-in above, with a code"));
        }
        if (!twoFactors.existsById(account.id())) {
            throw new InvalidInputException(Map.of("email", account.displayName() + " has not set up two-factor sign-in"));
        }
        remove(account.id());
        LOG.warn("Two-factor sign-in of account {} ({}) reset by administrator {} ({})", account.id(), account.email(),
                admin.id(), admin.email());
        return account.displayName();
    }

    /** A current code not used before, or an unused recovery code (then used up). */
    @Transactional
    boolean verify(long userId, String code) {
        String typed = clean(code);
        var found = twoFactors.findById(userId);
        if (found.isEmpty() || typed.isEmpty()) {
            return false;
        }
        TwoFactor twoFactor = found.get();
        if (SIX_DIGITS.matcher(typed).matches()) {
            OptionalLong step = matchingStep(twoFactor.secret(), typed, twoFactor.lastUsedStep());
            step.ifPresent(s -> twoFactors.update(new TwoFactor(userId, twoFactor.secret(), twoFactor.enabledAt(), s)));
            return step.isPresent();
        }
        var recovery = recoveryCodes.findByUserIdAndCodeHashAndUsedAtIsNull(userId, hash(typed));
        recovery.ifPresent(r -> {
            recoveryCodes.update(new RecoveryCode(r.id(), userId, r.codeHash(), clock.instant()));
            LOG.info("Recovery code used by account {}; {} left", userId,
                    recoveryCodes.countByUserIdAndUsedAtIsNull(userId));
        });
        return recovery.isPresent();
    }

    private OptionalLong matchingStep(String secret, String code, long afterStep) {
        if (!SIX_DIGITS.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if (step > afterStep && MessageDigest.isEqual(generator.generate(secret, step).getBytes(
                        StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            }
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a sign-in code", e);
        }
        return OptionalLong.empty();
    }

    private void remove(long userId) {
        recoveryCodes.deleteByUserId(userId);
        twoFactors.deleteById(userId);
    }

    private static InvalidInputException wrongCode(String code) {
        return new InvalidInputException(Map.of("code", clean(code).isEmpty()
                ? "Enter the 6-digit code your app shows"
                : "That code is not right. Enter the 6-digit code your app shows now"));
    }

    private static void requireStaff(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
    }

    /** Spaces and hyphens do not count, nor letter case: "1234 56" and "ABCD-efgh-..." are read as typed. */
    static String clean(String code) {
        if (code == null || code.length() > CODE_MAX) {
            return "";
        }
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String code) {
        return ApiTokenService.hash(clean(code));
    }
}
