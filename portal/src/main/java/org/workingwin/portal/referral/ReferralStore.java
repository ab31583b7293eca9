package org.workingwin.portal.referral;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.base.crypto.HealthNoteCipher;

/**
 * Referrals as the service sees them, with the message encrypted at rest (bound to its row): what a person
 * or their GP writes when referring is often about their health. The only way {@link ReferralService}
 * reaches the referral table. Read referrals hold the message opened; saving one seals it again.
 */
@Singleton
class ReferralStore {

    static final String TABLE = "referral";
    static final String MESSAGE = "message";

    private final ReferralRepository referrals;
    private final HealthNoteCipher cipher;

    ReferralStore(ReferralRepository referrals, HealthNoteCipher cipher) {
        this.referrals = referrals;
        this.cipher = cipher;
    }

    /** Inserts a new referral, then seals its message under the new row's id; returns the id. */
    long save(Referral referral) {
        long id = referrals.save(referral.withMessage(null)).id();
        if (referral.message() != null) {
            referrals.updateMessage(id, cipher.seal(referral.message(), TABLE, MESSAGE, id));
        }
        return id;
    }

    void update(Referral referral) {
        referrals.update(referral.withMessage(cipher.seal(referral.message(), TABLE, MESSAGE, referral.id())));
    }

    Optional<Referral> findById(long id) {
        return referrals.findById(id).map(this::opened);
    }

    List<Referral> findQueue(Collection<String> statuses, String pattern, int limit, int offset) {
        return referrals.findQueue(statuses, pattern, limit, offset).stream().map(this::opened).toList();
    }

    long countQueue(Collection<String> statuses, String pattern) {
        return referrals.countQueue(statuses, pattern);
    }

    private Referral opened(Referral r) {
        return r.message() == null ? r : r.withMessage(cipher.open(r.message(), TABLE, MESSAGE, r.id()));
    }
}
