package org.workingwin.portal.privacy;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes, once a day, the participants who left the programme longer ago than
 * {@code portal.retention.after-leaving} (default six years), through the same deletion as an
 * administrator's, recorded as "retention". First it dates any departure the record does not date yet
 * (a record created as "left"), and clears the date of anyone who came back.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Rows rows;
    private final ParticipantErasureService erasure;
    private final Period afterLeaving;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    RetentionJob(Rows rows, ParticipantErasureService erasure,
                 @Value("${portal.retention.after-leaving:P6Y}") String afterLeaving, Clock clock,
                 TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.rows = rows;
        this.erasure = erasure;
        this.afterLeaving = Period.parse(afterLeaving);
        this.clock = clock;
    }

    public Period afterLeaving() {
        return afterLeaving;
    }

    @Scheduled(cron = "${portal.retention.cron:0 30 2 * * *}")
    void daily() {
        int deleted = run();
        if (deleted > 0) {
            LOG.info("Retention: deleted {} participant(s) who left more than {} ago", deleted, afterLeaving);
        }
    }

    /** Returns how many participants were deleted. Each deletion is its own transaction. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        List<Long> due = transactions.executeWrite(status -> dueIds(today));
        for (long id : due) {
            erasure.eraseForRetention(id);
        }
        return due.size();
    }

    private List<Long> dueIds(LocalDate today) {
        rows.update("UPDATE participant SET left_on = ? WHERE status = 'LEFT' AND left_on IS NULL", today);
        rows.update("UPDATE participant SET left_on = NULL WHERE status <> 'LEFT' AND left_on IS NOT NULL");
        return rows.query("SELECT id FROM participant WHERE status = 'LEFT' AND left_on < ? ORDER BY id",
                today.minus(afterLeaving)).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }
}
