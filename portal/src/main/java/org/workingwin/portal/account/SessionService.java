package org.workingwin.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.OptionalInt;
import org.workingwin.portal.base.security.SessionGenerations;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Ends every session of an account by raising its session generation; the access guard signs out any
 * session that remembers an older one at its next navigation.
 */
@Singleton
public class SessionService implements SessionGenerations {

    private final UserAccountRepository accounts;

    SessionService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public OptionalInt current(long userId) {
        return accounts.findSessionGenerationById(userId).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Signs the account out everywhere, this browser included (the caller signs this session out too). */
    @Transactional
    public void signOutEverywhere(SignedInUser actor) {
        accounts.endSessions(actor.id());
    }

    /** Ends every session of the account and returns the new generation (for the session that stays). */
    int endSessions(long userId) {
        accounts.endSessions(userId);
        return accounts.findSessionGenerationById(userId).orElseThrow();
    }
}
