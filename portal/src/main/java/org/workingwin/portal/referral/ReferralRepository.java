package org.workingwin.portal.referral;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReferralRepository extends CrudRepository<Referral, Long> {

    List<Referral> findByStatusInOrderByCreatedAt(Collection<ReferralStatus> statuses, Pageable pageable);

    long countByStatusIn(Collection<ReferralStatus> statuses);
}
