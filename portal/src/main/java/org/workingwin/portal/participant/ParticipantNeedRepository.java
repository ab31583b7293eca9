package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantNeedRepository extends CrudRepository<ParticipantNeed, Long> {

    List<ParticipantNeed> findByParticipantIdOrderById(long participantId);

    List<ParticipantNeed> findByParticipantIdInOrderById(Collection<Long> participantIds);

    void deleteByParticipantId(long participantId);

    /** The note, sealed by {@link ParticipantNeedStore} under the row's id. */
    @Query("UPDATE participant_need SET note = :note WHERE id = :id")
    void updateNote(long id, @Nullable String note);
}
