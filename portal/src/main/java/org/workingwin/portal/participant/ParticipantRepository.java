package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantRepository extends CrudRepository<Participant, Long> {

    boolean existsByReference(String reference);

    Optional<Participant> findByReference(String reference);

    Optional<Participant> findByUserId(long userId);

    List<Participant> findByStatusNotEqualAndIdGreaterThanOrderById(ParticipantStatus status, long afterId,
                                                                    Pageable pageable);

    List<Participant> findBySpecialistIdOrderByLastName(long specialistId);

    List<Participant> findAll(Pageable pageable);

    long countBySpecialistIdAndStatusNotEqual(long specialistId, ParticipantStatus status);

    long countByStatusNotEqual(ParticipantStatus status);

    /** The day they left (null when they come back); not part of the entity, so saves leave it alone. */
    @Query("UPDATE participant SET left_on = :leftOn WHERE id = :id")
    void updateLeftOn(long id, @Nullable java.time.LocalDate leftOn);
}
