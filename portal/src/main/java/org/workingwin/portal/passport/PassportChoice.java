package org.workingwin.portal.passport;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * What the participant chose to put in their passport: which agreed adjustments, whether their name, the
 * employer and job, the start date and their specialist appear, and a few words of their own (not stored).
 */
public record PassportChoice(Set<String> adjustments, boolean name, boolean job, boolean startDate,
                             boolean specialist, @Nullable String inTheirWords) {
}
