package org.workingwin.portal.participant;

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
}
