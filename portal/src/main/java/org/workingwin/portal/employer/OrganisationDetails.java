package org.workingwin.portal.employer;

import io.micronaut.core.annotation.Nullable;

/** An organisation's details as its employer edits them on "Your organisation", exactly as typed. */
public record OrganisationDetails(@Nullable String name, @Nullable String sector, @Nullable SizeBand sizeBand,
                                  @Nullable String postcode, @Nullable DisabilityConfidentLevel disabilityConfident,
                                  @Nullable String contactName, @Nullable String contactEmail,
                                  @Nullable String contactPhone) {

    public static OrganisationDetails of(Organisation o) {
        return new OrganisationDetails(o.name(), o.sector(), o.sizeBand(), o.postcode(), o.disabilityConfident(),
                o.contactName(), o.contactEmail(), o.contactPhone() == null ? "" : o.contactPhone());
    }
}
