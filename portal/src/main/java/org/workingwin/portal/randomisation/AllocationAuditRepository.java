package org.workingwin.portal.randomisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append and read only. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AllocationAuditRepository extends GenericRepository<AllocationAudit, Long> {

    AllocationAudit save(AllocationAudit entry);

    List<AllocationAudit> findByReferralIdOrderById(long referralId);
}
