package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant and the preferences the engine matches on. Multi-valued codes are stored as
 * comma-separated columns: a handful of values, always read with the row, never queried alone.
 * Functional needs live in participant_need; edits are kept in participant_revision. {@code userId}: the
 * participant's own portal account, once their specialist has given them access.
 */
@MappedEntity("participant")
public record Participant(
        @Id @GeneratedValue @Nullable Long id,
        String reference,
        String firstName,
        String lastName,
        @Nullable Long specialistId,
        @Nullable String wantedRoles,
        String occupationCodes,
        @Nullable String skills,
        String sectors,
        @Nullable Double hoursMin,
        @Nullable Double hoursMax,
        String workPatterns,
        @Nullable BigDecimal minimumPay,
        @Nullable String minimumPayPeriod,
        String contractTypes,
        @Nullable String homeDistrict,
        @Nullable Double latitude,
        @Nullable Double longitude,
        double maxTravelKm,
        String workModes,
        String demandsToAvoid,
        @Nullable String email,
        @Nullable String phone,
        PreferredContact preferredContact,
        boolean consentToProcessing,
        boolean shareContact,
        ParticipantStatus status,
        LocalDate enrolledOn,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version,
        @Nullable Long userId) {

    public String name() {
        return firstName + " " + lastName;
    }

    Participant withSpecialist(Long specialist, Instant now) {
        return new Participant(id, reference, firstName, lastName, specialist, wantedRoles, occupationCodes, skills,
                sectors, hoursMin, hoursMax, workPatterns, minimumPay, minimumPayPeriod, contractTypes, homeDistrict,
                latitude, longitude, maxTravelKm, workModes, demandsToAvoid, email, phone, preferredContact,
                consentToProcessing, shareContact, status, enrolledOn, createdAt, now, version, userId);
    }

    Participant withAccount(long user, Instant now) {
        return new Participant(id, reference, firstName, lastName, specialistId, wantedRoles, occupationCodes, skills,
                sectors, hoursMin, hoursMax, workPatterns, minimumPay, minimumPayPeriod, contractTypes, homeDistrict,
                latitude, longitude, maxTravelKm, workModes, demandsToAvoid, email, phone, preferredContact,
                consentToProcessing, shareContact, status, enrolledOn, createdAt, now, version, user);
    }

    Participant withStatus(ParticipantStatus next, Instant now) {
        return new Participant(id, reference, firstName, lastName, specialistId, wantedRoles, occupationCodes, skills,
                sectors, hoursMin, hoursMax, workPatterns, minimumPay, minimumPayPeriod, contractTypes, homeDistrict,
                latitude, longitude, maxTravelKm, workModes, demandsToAvoid, email, phone, preferredContact,
                consentToProcessing, shareContact, next, enrolledOn, createdAt, now, version, userId);
    }
}
