package org.workingwin.portal.pipeline;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OpportunityRepository extends CrudRepository<Opportunity, Long> {

    Optional<Opportunity> findByParticipantIdAndVacancyId(long participantId, long vacancyId);

    List<Opportunity> findByParticipantIdOrderByUpdatedAtDesc(long participantId);

    List<Opportunity> findByParticipantIdIn(Collection<Long> participantIds);

    List<Opportunity> findByVacancyId(long vacancyId);

    /** Dismissed while the vacancy is unchanged since: these stay out of the participant's suggestions. */
    @Query("""
            SELECT o.vacancy_id FROM opportunity o JOIN vacancy v ON v.id = o.vacancy_id
            WHERE o.participant_id = :participantId AND o.stage = 'DISMISSED' AND o.vacancy_version = v.version""")
    List<Long> findDismissedUnchanged(long participantId);

    /** The participants this vacancy was dismissed for, unchanged since. */
    @Query("""
            SELECT o.participant_id FROM opportunity o JOIN vacancy v ON v.id = o.vacancy_id
            WHERE o.vacancy_id = :vacancyId AND o.stage = 'DISMISSED' AND o.vacancy_version = v.version""")
    List<Long> findDismissedUnchangedForVacancy(long vacancyId);

    /** The organisation's opportunities that reached an introduction, newest change first. */
    @Query("""
            SELECT o.* FROM opportunity o JOIN vacancy v ON v.id = o.vacancy_id
            WHERE v.organisation_id = :organisationId
              AND o.stage IN ('INTRODUCED', 'INTERVIEW', 'OFFER', 'STARTED', 'CLOSED')
            ORDER BY o.updated_at DESC, o.id DESC""")
    List<Opportunity> findIntroducedTo(long organisationId);
}
