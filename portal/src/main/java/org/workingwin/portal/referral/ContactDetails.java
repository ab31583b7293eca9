package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;
import org.workingwin.portal.participant.PreferredContact;

/** The person's name and how to reach them for a first appointment. */
public record ContactDetails(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
                             @Nullable String phone, @Nullable PreferredContact preferredContact,
                             @Nullable String bestTime, @Nullable String message) {
}
