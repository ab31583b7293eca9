package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OpportunityStepRepository extends CrudRepository<OpportunityStep, Long> {

    List<OpportunityStep> findByOpportunityIdOrderById(long opportunityId);

    List<OpportunityStep> findByOpportunityIdInOrderById(Collection<Long> opportunityIds);

    /** The note, sealed by {@link OpportunityStepStore} under the row's id. */
    @Query("UPDATE opportunity_step SET note = :note WHERE id = :id")
    void updateNote(long id, @Nullable String note);
}
