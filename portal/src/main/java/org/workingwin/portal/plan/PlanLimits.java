package org.workingwin.portal.plan;

/** One constant per limit, shared by the columns (V7 migration), validation, fields and tests. */
public final class PlanLimits {

    public static final int GOALS_MAX = 1000;
    public static final int JOB_TYPES_MAX = 300;
    public static final int HEALTH_SUPPORT_MAX = 1000;
    public static final int CONTACT_NAME_MAX = 120;
    public static final int CONTACT_ROLE_MAX = 120;
    public static final int CONTACT_PHONE_MAX = org.workingwin.portal.base.validation.ContactChecks.PHONE_MAX;
    public static final int CONTACT_EMAIL_MAX = org.workingwin.portal.base.validation.ContactChecks.EMAIL_MAX;
    public static final int NEXT_STEPS_MAX = 1000;
    public static final int REVIEW_NOTES_MAX = 4000;
    /** A review's next one is agreed at most this many months after the meeting. */
    public static final int REVIEW_INTERVAL_MAX_MONTHS = 3;
    /** With no review yet, the first is due this many days after enrolment. */
    public static final int FIRST_REVIEW_DAYS = 28;

    private PlanLimits() {
    }
}
