package org.workingwin.portal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmploymentPlanRepository extends CrudRepository<EmploymentPlan, Long> {

    Optional<EmploymentPlan> findByParticipantId(long participantId);

    /** The health-team fields, sealed by {@link PlanStore} under the new row's id. */
    @Query("""
            UPDATE employment_plan SET health_support = :support, health_contact_name = :name,
            health_contact_role = :role, health_contact_phone = :phone, health_contact_email = :email WHERE id = :id""")
    void updateHealth(long id, @Nullable String support, @Nullable String name, @Nullable String role,
                      @Nullable String phone, @Nullable String email);
}
