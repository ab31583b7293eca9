package org.workingwin.portal.vacancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VacancyRepository extends CrudRepository<Vacancy, Long> {

    List<Vacancy> findByOrganisationIdAndStatusInAndTitleContains(long organisationId,
            Collection<VacancyStatus> statuses, String title, Pageable pageable);

    long countByOrganisationIdAndStatusInAndTitleContains(long organisationId, Collection<VacancyStatus> statuses,
            String title);

    List<Vacancy> findByStatus(VacancyStatus status, Pageable pageable);

    long countByStatus(VacancyStatus status);

    List<Vacancy> findByOrganisationIdAndIdGreaterThanOrderById(long organisationId, long afterId, Pageable pageable);

    List<Vacancy> findByStatusAndIdGreaterThanOrderById(VacancyStatus status, long afterId, Pageable pageable);
}
