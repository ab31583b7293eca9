package org.workingwin.portal.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmploymentPlanRepository extends CrudRepository<EmploymentPlan, Long> {

    Optional<EmploymentPlan> findByParticipantId(long participantId);
}
