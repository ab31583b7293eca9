package org.workingwin.portal.participant;

/** One constant per limit, shared by the columns (V2 and V4 migrations), validation and fields. */
public final class ParticipantLimits {

    public static final int REFERENCE_MAX = 20;
    public static final int NAME_MAX = 60;
    public static final int WANTED_ROLES_MAX = 500;
    public static final int SKILLS_MAX = 1000;
    public static final int OCCUPATIONS_MAX = 10;
    public static final double TRAVEL_MAX_KM = 200;
    public static final int HOURS_MAX = 60;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int NEED_NOTE_MAX = 500;
    /** IPS fidelity: a specialist carries at most about 20 active participants. */
    public static final int CASELOAD_LIMIT = 20;

    private ParticipantLimits() {
    }
}
