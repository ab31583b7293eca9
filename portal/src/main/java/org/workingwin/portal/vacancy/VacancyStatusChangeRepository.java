package org.workingwin.portal.vacancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append-only: no update or delete methods. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface VacancyStatusChangeRepository extends GenericRepository<VacancyStatusChange, Long> {

    VacancyStatusChange save(VacancyStatusChange change);

    List<VacancyStatusChange> findByVacancyIdOrderById(long vacancyId);
}
