package org.workingwin.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;

/** Creates accounts and checks sign-ins. Hardening (throttling, two-factor) builds on this. */
@Singleton
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserAccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    // Checked against when the email is unknown, so a sign-in takes as long whether or not it exists.
    private final String unknownAccountHash;

    AccountService(UserAccountRepository accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.unknownAccountHash = hasher.hash("unknown-account-" + System.nanoTime());
    }

    public Optional<SignedInUser> signIn(String email, String password) {
        if (email == null || password == null || password.length() > AccountLimits.PASSWORD_MAX) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.findByEmail(normalise(email));
        String hash = account.map(UserAccount::passwordHash).orElse(unknownAccountHash);
        boolean matches = hasher.matches(password, hash);
        return account.filter(a -> matches).map(AccountService::signedIn);
    }

    /** Checks the fields of a new account; the map is empty when they are fine. */
    public Map<String, String> checkNewAccount(String email, String displayName, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        String normalised = email == null ? "" : normalise(email);
        if (normalised.isEmpty()) {
            errors.put("email", "Enter your email address");
        } else if (normalised.length() > AccountLimits.EMAIL_MAX || !EMAIL.matcher(normalised).matches()) {
            errors.put("email", "Enter an email address like name@example.org");
        } else if (accounts.existsByEmail(normalised)) {
            errors.put("email", "An account with this email address already exists. Sign in instead");
        }
        FieldErrors.requireText(errors, "displayName", displayName, AccountLimits.NAME_MAX, "your name");
        if (password == null || password.length() < AccountLimits.PASSWORD_MIN) {
            errors.put("password", "Use at least " + AccountLimits.PASSWORD_MIN + " characters for your password");
        } else if (password.length() > AccountLimits.PASSWORD_MAX) {
            errors.put("password", "Use at most " + AccountLimits.PASSWORD_MAX + " characters for your password");
        }
        return errors;
    }

    /**
     * Creates an account whose fields passed {@link #checkNewAccount}. Its email counts as confirmed: the
     * callers vouch for it (an invitation link that was followed, demo data). Self-registration asks the
     * person to confirm it afterwards ({@link EmailVerificationService#requireFor}).
     */
    @Transactional
    public SignedInUser create(String email, String displayName, String password, Role role, Long organisationId) {
        Map<String, String> errors = checkNewAccount(email, displayName, password);
        FieldErrors.throwIfAny(errors);
        UserAccount saved = accounts.save(new UserAccount(null, normalise(email), displayName.strip(),
                hasher.hash(password), role, organisationId, clock.instant(), clock.instant(), 0));
        return signedIn(saved);
    }

    /**
     * How a change's author is named to a viewer: the Working Win team (no organisation) sees names;
     * employers see their own colleagues' names, and the Working Win team as a role, not as a person.
     */
    public String authorName(long userId, Long viewerOrganisationId) {
        return accounts.findById(userId).map(a -> switch (a.role()) {
            case EMPLOYER -> viewerOrganisationId == null || viewerOrganisationId.equals(a.organisationId())
                    ? a.displayName() : "the employer";
            case SPECIALIST -> viewerOrganisationId == null ? a.displayName() : "a Working Win specialist";
            case ADMIN -> viewerOrganisationId == null ? a.displayName() : "the Working Win team";
            case PARTICIPANT -> "a participant";
        }).orElse("someone no longer registered");
    }

    /** The specialists, by name: those an administrator can give a caseload to. */
    @Transactional
    public List<StaffMember> specialists() {
        return accounts.findByRoleOrderByDisplayName(Role.SPECIALIST).stream().map(AccountService::staff).toList();
    }

    /** A specialist or administrator by id; empty for other roles. */
    @Transactional
    public Optional<StaffMember> staffMember(long userId) {
        return accounts.findById(userId).filter(a -> a.role() == Role.SPECIALIST || a.role() == Role.ADMIN)
                .map(AccountService::staff);
    }

    private static StaffMember staff(UserAccount a) {
        return new StaffMember(a.id(), a.displayName(), a.email());
    }

    /** An account by id, for mail the portal sends on its own (digests, notices); empty if it is gone. */
    @Transactional
    public Optional<SignedInUser> account(long userId) {
        return accounts.findById(userId).map(AccountService::signedIn);
    }

    /** The id of the account with this email, if there is one (the audit trail's "who" filter). */
    @Transactional
    public Optional<Long> idOfEmail(String email) {
        return accounts.findByEmail(normalise(email)).map(UserAccount::id);
    }

    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    static SignedInUser signedIn(UserAccount account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId());
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
