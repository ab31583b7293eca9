package org.workingwin.portal.alert;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SavedSearchRepository extends CrudRepository<SavedSearch, Long> {

    List<SavedSearch> findByUserIdOrderById(long userId);

    long countByUserId(long userId);

    List<SavedSearch> findByIdGreaterThanOrderById(long afterId, io.micronaut.data.model.Pageable pageable);
}
