package org.workingwin.portal.base.audit;

import io.micronaut.core.annotation.Nullable;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Writes one line of the health-data audit trail. Declared here, implemented by the audit feature, so a
 * feature that holds health data can record its reads and changes without the audit feature depending
 * back on it. Where the call came from is found by the recorder ({@link ChannelSource}), so services
 * pass no UI or HTTP detail.
 */
public interface HealthRecorder {

    /** {@code actor} null: the system itself. Joins the caller's transaction. */
    void record(@Nullable SignedInUser actor, HealthAction action, String what, long participantId);
}
