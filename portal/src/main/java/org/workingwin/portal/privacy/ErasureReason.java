package org.workingwin.portal.privacy;

/** Why a participant's data was deleted: they (or someone for them) asked, or the retention period ran out. */
public enum ErasureReason {
    REQUEST, RETENTION
}
