package org.workingwin.portal.employer;

import io.micronaut.core.annotation.Nullable;

/** What an employer types to register their organisation and their own account. */
public record EmployerRegistration(
        String organisationName, String sector, SizeBand sizeBand, String postcode,
        DisabilityConfidentLevel disabilityConfident, String contactName, String contactEmail,
        @Nullable String contactPhone, String password) {
}
