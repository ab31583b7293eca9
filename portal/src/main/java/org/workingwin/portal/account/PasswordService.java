package org.workingwin.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;

/**
 * Forgotten passwords (a one-hour emailed link) and changing a password when signed in. Either way the
 * account's other sessions end and its other reset links stop working.
 */
@Singleton
public class PasswordService {

    private final UserAccountRepository accounts;
    private final OneTimeLinkRepository linkRows;
    private final OneTimeLinks links;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;

    PasswordService(UserAccountRepository accounts, OneTimeLinkRepository linkRows, OneTimeLinks links,
                    SessionService sessions, PasswordHasher hasher, SignInThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.linkRows = linkRows;
        this.links = links;
        this.sessions = sessions;
        this.hasher = hasher;
    }

    /**
     * Emails a reset link if an account uses this address. The caller always gives the same answer, so
     * nobody learns whether an account exists; the mail leaves after commit, off this thread.
     */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > AccountLimits.EMAIL_MAX) {
            return;
        }
        Optional<UserAccount> account = accounts.findByEmail(AccountService.normalise(email));
        account.ifPresent(a -> {
            OneTimeLinks.Issued issued = links.issue(LinkPurpose.PASSWORD_RESET, a.email(), a.displayName(), null,
                    a.id(), null, null);
            links.mail(a.email(), "Reset your Working Win password", """
                    Dear %s,

                    Someone (we hope you) asked to reset the password of your Working Win account. To choose a new \
                    password, open this link within 1 hour:

                    %s

                    The link works once. If you did not ask, you can ignore this email: your password stays as it is.

                    Working Win
                    """.formatted(a.displayName(), links.url("reset-password", issued.token())));
        });
    }

    /** The address a reset link is for, to show on its page; fails with why the link cannot be used. */
    @Transactional
    public String resetEmail(String token) {
        return links.usable(token, LinkPurpose.PASSWORD_RESET).email();
    }

    /**
     * Sets a new password with a reset link: the link is spent, the account's other reset links are
     * revoked and every session of the account ends. The person then signs in with the new password.
     */
    @Transactional
    public void reset(String token, String newPassword) {
        OneTimeLink link = links.usable(token, LinkPurpose.PASSWORD_RESET);
        Map<String, String> errors = new LinkedHashMap<>();
        checkPassword(errors, "password", newPassword);
        FieldErrors.throwIfAny(errors);
        links.spend(link);
        setPassword(link.userId(), newPassword);
        sessions.endSessions(link.userId());
        // "Reset your password" is what the lock-out message offers: a reset ends the account's lock.
        throttle.succeeded(link.email());
    }

    /**
     * Changes the signed-in person's password: the current one is required. Every other session ends; the
     * returned generation is the one the caller's own session now remembers.
     */
    @Transactional
    public int change(SignedInUser actor, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(actor.id()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || currentPassword.length() > AccountLimits.PASSWORD_MAX
                || !hasher.matches(currentPassword, account.passwordHash())) {
            errors.put("currentPassword", "That is not your current password");
        }
        checkPassword(errors, "newPassword", newPassword);
        FieldErrors.throwIfAny(errors);
        setPassword(account.id(), newPassword);
        return sessions.endSessions(account.id());
    }

    private void setPassword(long userId, String password) {
        accounts.updatePasswordHash(userId, hasher.hash(password));
        // A reset link sent before the change must not undo it.
        linkRows.findByPurposeAndUserIdAndUsedAtIsNullAndRevokedAtIsNull(LinkPurpose.PASSWORD_RESET, userId)
                .forEach(links::revoke);
    }

    /** The same rules as registration. */
    static void checkPassword(Map<String, String> errors, String field, String password) {
        if (password == null || password.length() < AccountLimits.PASSWORD_MIN) {
            errors.put(field, "Use at least " + AccountLimits.PASSWORD_MIN + " characters for your password");
        } else if (password.length() > AccountLimits.PASSWORD_MAX) {
            errors.put(field, "Use at most " + AccountLimits.PASSWORD_MAX + " characters for your password");
        }
    }
}
