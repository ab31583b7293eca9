package org.workingwin.portal.participant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantRevisionRepository extends CrudRepository<ParticipantRevision, Long> {

    List<ParticipantRevision> findByParticipantIdOrderByIdDesc(long participantId);

    /** The lines, sealed by {@link ParticipantRevisionStore} under the row's id. */
    @Query("UPDATE participant_revision SET changes = :changes WHERE id = :id")
    void updateChanges(long id, String changes);
}
