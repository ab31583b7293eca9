package org.workingwin.portal.referral;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.PreferredContact;

/** Referrals for tests: a person asks to take part, and an administrator records their consent. */
@Singleton
public class ReferralTestData {

    private final ReferralService referrals;
    private final Clock clock;

    ReferralTestData(ReferralService referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    public static ContactDetails person(String first) {
        return new ContactDetails(first, "Tester" + UUID.randomUUID().toString().substring(0, 6),
                first.toLowerCase() + "@example.org", null, PreferredContact.EMAIL, null, null);
    }

    public static EligibilityAnswers eligible(String postcode, boolean inWork) {
        return new EligibilityAnswers(true, postcode,
                inWork ? WorkSituation.IN_WORK_STRUGGLING : WorkSituation.OUT_OF_WORK, true);
    }

    /** What the consented referrals say about themselves: health, as people write in referrals. */
    public static final String MESSAGE = "Low mood since a back injury; mornings are hard";

    /** A self-referral from this postcode with consent recorded, ready for its allocation. */
    public long consented(SignedInUser admin, String postcode, boolean inWork) {
        ContactDetails sam = person("Sam");
        long id = referrals.selfReferral(eligible(postcode, inWork), new ContactDetails(sam.firstName(),
                sam.lastName(), sam.email(), sam.phone(), sam.preferredContact(), sam.bestTime(), MESSAGE));
        referrals.recordConsent(admin, id, true, InformationSheet.VERSIONS.getFirst(), LocalDate.now(clock));
        return id;
    }

    public String stratumOf(SignedInUser admin, long referral) {
        return referrals.details(admin, referral).stratum();
    }
}
