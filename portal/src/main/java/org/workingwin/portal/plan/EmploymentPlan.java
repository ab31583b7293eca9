package org.workingwin.portal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant's employment plan, written with them: their goals, the kinds of job they want, what
 * their health team helps with and who to contact there, and the next steps agreed. One per
 * participant; each edit is kept in plan_revision.
 */
@MappedEntity("employment_plan")
public record EmploymentPlan(
        @Id @GeneratedValue @Nullable Long id,
        long participantId,
        String goals,
        @Nullable String jobTypes,
        @Nullable String healthSupport,
        @Nullable String healthContactName,
        @Nullable String healthContactRole,
        @Nullable String healthContactPhone,
        @Nullable String healthContactEmail,
        String nextSteps,
        LocalDate agreedOn,
        long createdBy,
        Instant createdAt,
        long updatedBy,
        Instant updatedAt,
        @Version @Nullable Long version) {

    /** The plan as its form shows it. */
    public PlanInput input() {
        return new PlanInput(goals, jobTypes, healthSupport, healthContactName, healthContactRole, healthContactPhone,
                healthContactEmail, nextSteps, agreedOn);
    }
}
