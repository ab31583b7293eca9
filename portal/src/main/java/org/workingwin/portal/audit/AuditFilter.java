package org.workingwin.portal.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import org.workingwin.portal.base.audit.HealthAction;

/**
 * What an administrator narrows the audit trail to; a null or blank part means any. {@code participant}:
 * a trial reference or a record number; {@code who}: an account's email; dates inclusive, UK time.
 */
public record AuditFilter(@Nullable String participant, @Nullable String who, @Nullable HealthAction action,
                          @Nullable LocalDate from, @Nullable LocalDate to) {

    /** The longest reference, record number or email the filter looks for (an email's 254). */
    public static final int TEXT_MAX = 254;

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);
}
