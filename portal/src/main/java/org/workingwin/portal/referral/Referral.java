package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.workingwin.portal.participant.PreferredContact;

/**
 * A request to take part, from the person, a health professional, or (for in-work support) an
 * employee or employer. It keeps what the first appointment needs: who, how to reach them, the area and
 * work status (the randomisation stratum); eligibility answers that failed are never stored.
 */
@MappedEntity("referral")
public record Referral(
        @Id @GeneratedValue @Nullable Long id,
        ReferralSource source,
        String firstName,
        String lastName,
        @Nullable String email,
        @Nullable String phone,
        PreferredContact preferredContact,
        @Nullable String bestTime,
        String postcodeDistrict,
        String localAuthorityCode,
        String localAuthority,
        EmploymentStatus employmentStatus,
        @Nullable String message,
        @Nullable String referrerName,
        @Nullable String referrerRole,
        @Nullable String referrerOrganisation,
        @Nullable String referrerEmail,
        @Nullable String referrerPhone,
        @Nullable String employerName,
        @Nullable String employerContact,
        boolean employerAgreesToContact,
        ReferralStatus status,
        @Nullable String statusNote,
        @Nullable String consentSheetVersion,
        @Nullable LocalDate consentDate,
        @Nullable Long consentRecordedBy,
        @Nullable Instant consentRecordedAt,
        @Nullable Long participantId,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {

    public String name() {
        return firstName + " " + lastName;
    }

    /** The randomisation stratum: local authority and employment status. */
    public String stratum() {
        return localAuthorityCode + ":" + employmentStatus.name();
    }

    /** The same referral with another stored form of its message (sealed to store, opened to read). */
    Referral withMessage(@Nullable String storedMessage) {
        return new Referral(id, source, firstName, lastName, email, phone, preferredContact, bestTime,
                postcodeDistrict, localAuthorityCode, localAuthority, employmentStatus, storedMessage, referrerName,
                referrerRole, referrerOrganisation, referrerEmail, referrerPhone, employerName, employerContact,
                employerAgreesToContact, status, statusNote, consentSheetVersion, consentDate, consentRecordedBy,
                consentRecordedAt, participantId, createdAt, updatedAt, version);
    }

    Referral withStatus(ReferralStatus next, String note, Instant now) {
        return new Referral(id, source, firstName, lastName, email, phone, preferredContact, bestTime,
                postcodeDistrict, localAuthorityCode, localAuthority, employmentStatus, message, referrerName,
                referrerRole, referrerOrganisation, referrerEmail, referrerPhone, employerName, employerContact,
                employerAgreesToContact, next, note, consentSheetVersion, consentDate, consentRecordedBy,
                consentRecordedAt, participantId, createdAt, now, version);
    }

    Referral consented(String sheet, LocalDate date, long by, Instant now) {
        return new Referral(id, source, firstName, lastName, email, phone, preferredContact, bestTime,
                postcodeDistrict, localAuthorityCode, localAuthority, employmentStatus, message, referrerName,
                referrerRole, referrerOrganisation, referrerEmail, referrerPhone, employerName, employerContact,
                employerAgreesToContact, ReferralStatus.CONSENTED, statusNote, sheet, date, by, now, participantId,
                createdAt, now, version);
    }

    Referral enrolled(long participant, Instant now) {
        return new Referral(id, source, firstName, lastName, email, phone, preferredContact, bestTime,
                postcodeDistrict, localAuthorityCode, localAuthority, employmentStatus, message, referrerName,
                referrerRole, referrerOrganisation, referrerEmail, referrerPhone, employerName, employerContact,
                employerAgreesToContact, ReferralStatus.ENROLLED, statusNote, consentSheetVersion, consentDate,
                consentRecordedBy, consentRecordedAt, participant, createdAt, now, version);
    }
}
