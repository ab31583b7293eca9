package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;

/** The four eligibility questions, as answered (null: not answered). */
public record EligibilityAnswers(@Nullable Boolean aged18OrOver, @Nullable String postcode,
                                 @Nullable WorkSituation workSituation, @Nullable Boolean healthAffectsWork) {
}
