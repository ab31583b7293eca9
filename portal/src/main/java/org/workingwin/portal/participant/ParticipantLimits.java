package org.workingwin.portal.participant;

/** One constant per limit, shared by the columns (V2 migration), validation and fields. */
public final class ParticipantLimits {

    public static final int REFERENCE_MAX = 20;
    public static final int NAME_MAX = 60;
    public static final int WANTED_ROLES_MAX = 500;
    public static final int SKILLS_MAX = 1000;
    public static final int OCCUPATIONS_MAX = 10;
    public static final double TRAVEL_MAX_KM = 200;
    public static final int HOURS_MAX = 60;

    private ParticipantLimits() {
    }
}
