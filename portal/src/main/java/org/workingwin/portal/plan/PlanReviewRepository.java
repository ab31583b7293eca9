package org.workingwin.portal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanReviewRepository extends CrudRepository<PlanReview, Long> {

    List<PlanReview> findByParticipantId(long participantId, Sort sort);

    /** Each participant's latest meeting (by date, then by id): its next review date says when the next is due. */
    @Query("""
            SELECT r.* FROM plan_review r WHERE r.participant_id IN (:participantIds)
            AND NOT EXISTS (SELECT 1 FROM plan_review later WHERE later.participant_id = r.participant_id
                AND (later.meeting_date > r.meeting_date
                     OR (later.meeting_date = r.meeting_date AND later.id > r.id)))""")
    List<PlanReview> findLatestOf(Collection<Long> participantIds);

    @Query("UPDATE plan_review SET notes = :notes, next_steps = :nextSteps WHERE id = :id")
    void updateText(long id, String notes, @Nullable String nextSteps);
}
