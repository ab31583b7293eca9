package org.workingwin.portal.passport;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AgreedAdjustmentRepository extends GenericRepository<AgreedAdjustment, Long> {

    AgreedAdjustment save(AgreedAdjustment adjustment);

    List<AgreedAdjustment> findByOpportunityIdOrderById(long opportunityId);

    void deleteByOpportunityId(long opportunityId);
}
