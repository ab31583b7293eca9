package org.workingwin.portal.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Append and read only: no update or delete method exists, and HealthAuditIT checks that by reflection.
 * Filters use "any" values instead of nulls (participant or actor below 0, action empty), which every
 * database binds the same way.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface HealthAuditRepository extends GenericRepository<HealthAuditEntry, Long> {

    String MATCHING = " FROM health_audit WHERE (:participantId < 0 OR participant_id = :participantId)"
            + " AND (:actorId < 0 OR actor_id = :actorId) AND (:action = '' OR action = :action)"
            + " AND at >= :from AND at < :to";

    HealthAuditEntry save(HealthAuditEntry entry);

    @Query("SELECT *" + MATCHING + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<HealthAuditEntry> findMatching(long participantId, long actorId, String action, Instant from, Instant to,
                                        int limit, long offset);

    @Query("SELECT COUNT(*)" + MATCHING)
    long countMatching(long participantId, long actorId, String action, Instant from, Instant to);
}
