package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A participant's profile as a specialist (or an API client) gives it: codes as strings, checked by
 * {@link ParticipantService}. {@code needs} maps a need code to MUST_HAVE or WOULD_HELP;
 * {@code homePostcode} may be a full postcode or a district and is kept at district precision.
 * The record's fields: contact details and the preferred way (EMAIL, PHONE or TEXT); consent to
 * processing (needed before any need is recorded); {@code shareContact}: an employer they are
 * introduced to may have their contact details; status (LOOKING, IN_WORK, LEFT); enrolment date
 * (today when not given); a note per need; the need codes an employer may be told of after an offer.
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
        @Nullable List<String> demandsToAvoid,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String preferredContact,
        @Nullable Boolean consentToProcessing,
        @Nullable Boolean shareContact,
        @Nullable String status,
        @Nullable LocalDate enrolledOn,
        @Nullable Map<String, String> needNotes,
        @Nullable List<String> disclosedNeeds) {

    /** The same profile with the record's contact, consent and status fields given. */
    public ParticipantInput withRecord(String email, String phone, String preferredContact,
                                       Boolean consentToProcessing, Boolean shareContact, String status,
                                       LocalDate enrolledOn, Map<String, String> needNotes,
                                       List<String> disclosedNeeds) {
        return new ParticipantInput(reference, firstName, lastName, wantedRoles, occupationCodes, skills, sectors,
                hoursMin, hoursMax, patterns, minimumPay, minimumPayPeriod, contractTypes, homePostcode, maxTravelKm,
                workModes, needs, demandsToAvoid, email, phone, preferredContact, consentToProcessing, shareContact,
                status, enrolledOn, needNotes, disclosedNeeds);
    }
}
