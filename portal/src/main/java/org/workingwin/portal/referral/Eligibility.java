package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.location.PostcodeLocation;

/**
 * The result of the eligibility questions: unanswered questions (by field), or the kind reasons a
 * person cannot take part, or eligible with the area and work status that make their stratum.
 */
public record Eligibility(Map<String, String> unanswered, List<String> reasons, @Nullable PostcodeLocation area,
                          @Nullable EmploymentStatus employmentStatus) {

    public boolean eligible() {
        return unanswered.isEmpty() && reasons.isEmpty();
    }
}
