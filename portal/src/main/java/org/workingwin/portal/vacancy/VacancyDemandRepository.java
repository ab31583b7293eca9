package org.workingwin.portal.vacancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VacancyDemandRepository extends CrudRepository<VacancyDemand, Long> {

    List<VacancyDemand> findByVacancyIdOrderById(long vacancyId);

    List<VacancyDemand> findByVacancyIdInOrderById(Collection<Long> vacancyIds);

    void deleteByVacancyId(long vacancyId);
}
