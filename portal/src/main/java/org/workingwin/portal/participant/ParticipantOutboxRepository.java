package org.workingwin.portal.participant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantOutboxRepository extends GenericRepository<ParticipantOutboxEntry, Long> {

    ParticipantOutboxEntry save(ParticipantOutboxEntry entry);

    List<ParticipantOutboxEntry> findByIdGreaterThanOrderById(long cursor, Pageable pageable);

    long countByIdGreaterThan(long cursor);

    Optional<ParticipantOutboxEntry> findFirstByIdGreaterThanOrderById(long cursor);

    @Query("SELECT COALESCE(MAX(id), 0) FROM participant_outbox")
    long latestId();
}
