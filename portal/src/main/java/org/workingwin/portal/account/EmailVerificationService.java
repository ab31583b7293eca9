package org.workingwin.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Self-registered people confirm their email address by following a link (valid 3 days). Until then
 * they may sign in and write drafts; sending a vacancy for checks waits for the confirmation.
 */
@Singleton
public class EmailVerificationService {

    private final UserAccountRepository accounts;
    private final OneTimeLinkRepository linkRows;
    private final OneTimeLinks links;
    private final Clock clock;

    EmailVerificationService(UserAccountRepository accounts, OneTimeLinkRepository linkRows, OneTimeLinks links,
                             Clock clock) {
        this.accounts = accounts;
        this.linkRows = linkRows;
        this.links = links;
        this.clock = clock;
    }

    /** Marks a just-registered account as not yet confirmed and emails the link (after commit). */
    @Transactional
    public void requireFor(SignedInUser newAccount) {
        accounts.updateEmailVerifiedAt(newAccount.id(), null);
        send(newAccount);
    }

    /** Sends a fresh link to the signed-in person; earlier links stop working. */
    @Transactional
    public void sendAgain(SignedInUser actor) {
        if (actor == null) {
            throw new NotAllowedException("Please sign in");
        }
        if (!isVerified(actor.id())) {
            linkRows.findByPurposeAndUserIdAndUsedAtIsNullAndRevokedAtIsNull(LinkPurpose.EMAIL_VERIFICATION,
                    actor.id()).forEach(links::revoke);
            send(actor);
        }
    }

    @Transactional
    public boolean isVerified(long userId) {
        return accounts.findById(userId).map(a -> a.emailVerifiedAt() != null).orElse(false);
    }

    /** Confirms the address the link was sent to; returns it. Fails with why the link cannot be used. */
    @Transactional
    public String verify(String token) {
        OneTimeLink link = links.usable(token, LinkPurpose.EMAIL_VERIFICATION);
        links.spend(link);
        accounts.updateEmailVerifiedAt(link.userId(), clock.instant());
        return link.email();
    }

    private void send(SignedInUser account) {
        OneTimeLinks.Issued issued = links.issue(LinkPurpose.EMAIL_VERIFICATION, account.email(),
                account.displayName(), null, account.id(), null, account.id());
        links.mail(account.email(), "Confirm your email address for Working Win", """
                Dear %s,

                Thank you for registering with Working Win. Please confirm that this is your email address by \
                opening this link within 3 days:

                %s

                Until you do, you can write vacancies and save them as drafts, but not send them for checks. \
                If you did not register, you can ignore this email.

                Working Win
                """.formatted(account.displayName(), links.url("verify-email", issued.token())));
    }
}
