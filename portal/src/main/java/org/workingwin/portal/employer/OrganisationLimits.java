package org.workingwin.portal.employer;

/** One constant per limit, shared by columns, validation and fields. */
public final class OrganisationLimits {

    public static final int NAME_MAX = 120;
    public static final int PHONE_MAX = 30;

    private OrganisationLimits() {
    }
}
