package org.workingwin.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReferralRepository extends CrudRepository<Referral, Long> {

    /** The queue: these statuses, names containing {@code pattern} (a LIKE pattern, lower case), oldest first. */
    @Query("""
            SELECT * FROM referral WHERE status IN (:statuses)
              AND LOWER(CONCAT(first_name, ' ', last_name)) LIKE :pattern
            ORDER BY created_at, id LIMIT :limit OFFSET :offset""")
    List<Referral> findQueue(Collection<String> statuses, String pattern, int limit, int offset);

    @Query("""
            SELECT COUNT(*) FROM referral WHERE status IN (:statuses)
              AND LOWER(CONCAT(first_name, ' ', last_name)) LIKE :pattern""")
    long countQueue(Collection<String> statuses, String pattern);

    /** The message, sealed by {@link ReferralStore} under the row's id; leaves the version as it is. */
    @Query("UPDATE referral SET message = :message WHERE id = :id")
    void updateMessage(long id, @Nullable String message);
}
