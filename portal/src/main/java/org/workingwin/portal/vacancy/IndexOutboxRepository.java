package org.workingwin.portal.vacancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndexOutboxRepository extends GenericRepository<IndexOutboxEntry, Long> {

    IndexOutboxEntry save(IndexOutboxEntry entry);

    List<IndexOutboxEntry> findByIdGreaterThanOrderById(long cursor, Pageable pageable);

    long countByIdGreaterThan(long cursor);

    Optional<IndexOutboxEntry> findFirstByIdGreaterThanOrderById(long cursor);

    @Query("SELECT COALESCE(MAX(id), 0) FROM index_outbox")
    long latestId();
}
