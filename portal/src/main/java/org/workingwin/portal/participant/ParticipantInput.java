package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A participant's profile as a specialist (or an API client) gives it: codes as strings, checked by
 * {@link ParticipantService}. {@code needs} maps a need code to MUST_HAVE or WOULD_HELP;
 * {@code homePostcode} may be a full postcode or a district and is kept at district precision.
 */
@Serdeable
public record ParticipantInput(
        @Nullable String reference,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String wantedRoles,
        @Nullable List<String> occupationCodes,
        @Nullable String skills,
        @Nullable List<String> sectors,
        @Nullable Double hoursMin,
        @Nullable Double hoursMax,
        @Nullable List<String> patterns,
        @Nullable BigDecimal minimumPay,
        @Nullable String minimumPayPeriod,
        @Nullable List<String> contractTypes,
        @Nullable String homePostcode,
        @Nullable Double maxTravelKm,
        @Nullable List<String> workModes,
        @Nullable Map<String, String> needs,
        @Nullable List<String> demandsToAvoid) {
}
