package org.workingwin.portal.vacancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndexOutboxRepository extends GenericRepository<IndexOutboxEntry, Long> {

    IndexOutboxEntry save(IndexOutboxEntry entry);

    List<IndexOutboxEntry> findByIdGreaterThanOrderById(long cursor, Pageable pageable);

    @Query("SELECT COALESCE(MAX(id), 0) FROM index_outbox")
    long latestId();
}
