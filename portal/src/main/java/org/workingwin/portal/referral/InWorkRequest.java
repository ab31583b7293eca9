package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;

/**
 * A request for in-work support for someone struggling to manage a health condition at work, made by
 * the employee or by their employer. {@code employerAgreesToContact}: the employer may be contacted;
 * {@code employeeAgreed}: when the employer asks, the employee knows and agreed.
 */
public record InWorkRequest(boolean fromEmployer, EligibilityAnswers answers, ContactDetails employee,
                            @Nullable String employerName, Referrer employerContact, boolean employerAgreesToContact,
                            boolean employeeAgreed) {
}
