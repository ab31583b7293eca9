package org.workingwin.portal.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanRevisionRepository extends CrudRepository<PlanRevision, Long> {

    List<PlanRevision> findByParticipantIdOrderByIdDesc(long participantId);

    @Query("UPDATE plan_revision SET changes = :changes WHERE id = :id")
    void updateChanges(long id, String changes);
}
