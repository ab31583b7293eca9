package org.workingwin.portal.vacancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VacancyAdjustmentRepository extends CrudRepository<VacancyAdjustment, Long> {

    List<VacancyAdjustment> findByVacancyIdOrderById(long vacancyId);

    List<VacancyAdjustment> findByVacancyIdInOrderById(Collection<Long> vacancyIds);

    void deleteByVacancyId(long vacancyId);
}
