package org.workingwin.portal.plan;

import java.time.LocalDate;

/** What a specialist types into the plan; the service checks and trims it. Blank optional text is kept as none. */
public record PlanInput(String goals, String jobTypes, String healthSupport, String healthContactName,
                        String healthContactRole, String healthContactPhone, String healthContactEmail,
                        String nextSteps, LocalDate agreedOn) {
}
