package org.workingwin.portal.randomisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Insert and read only: no update or delete is declared, so no code path can change or re-draw an
 * allocation (the database's unique keys refuse a second one for a referral or a slot).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AllocationRepository extends GenericRepository<Allocation, Long> {

    Allocation save(Allocation allocation);

    Optional<Allocation> findByReferralId(long referralId);

    List<Allocation> findByStratumOrderById(String stratum);
}
