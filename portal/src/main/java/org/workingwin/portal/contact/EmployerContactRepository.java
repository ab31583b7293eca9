package org.workingwin.portal.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmployerContactRepository extends CrudRepository<EmployerContact, Long> {

    List<EmployerContact> findBySpecialistId(long specialistId, Pageable pageable);

    long countBySpecialistId(long specialistId);

    long countBySpecialistIdAndContactDateBetween(long specialistId, LocalDate from, LocalDate to);

    List<EmployerContact> findByParticipantIdIn(Collection<Long> participantIds);

    /** The note, sealed by {@link EmployerContactStore} under the row's id. */
    @Query("UPDATE employer_contact SET note = :note WHERE id = :id")
    void updateNote(long id, @Nullable String note);
}
