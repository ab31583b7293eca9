package org.workingwin.portal.audit;

/** Limits of the audit trail: the longest "what" and "via" the columns take. */
public final class AuditLimits {

    public static final int WHAT_MAX = 100;
    public static final int VIA_MAX = 200;

    private AuditLimits() {
    }
}
