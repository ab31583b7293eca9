package org.workingwin.portal.operations;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import io.micronaut.jdbc.DataSourceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.search.ParticipantIndexService;
import org.workingwin.portal.search.VacancyIndexService;

/**
 * Whether this node can serve: the database answers, and each search index is open and reading the
 * outbox. A load balancer stops sending people to a node that is not ready. Details name no data.
 */
@Singleton
public class Readiness {

    /** An index further behind than this is reported as not ready: its searches would mislead. */
    static final Duration MAX_INDEX_LAG = Duration.ofMinutes(5);
    static final Duration DATABASE_WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    @Serdeable
    public record Check(String name, boolean up, String detail) {
    }

    @Serdeable
    public record Report(boolean ready, List<Check> checks) {
    }

    private final DataSource database;
    private final VacancyIndexService vacancies;
    private final ParticipantIndexService participants;
    private final Clock clock;

    Readiness(DataSource database, DataSourceResolver resolver, VacancyIndexService vacancies,
              ParticipantIndexService participants, Clock clock) {
        // The pool itself: the injected data source hands out only the current transaction's connection.
        this.database = resolver.resolve(database);
        this.vacancies = vacancies;
        this.participants = participants;
        this.clock = clock;
    }

    public Report check() {
        Check db = database();
        List<Check> checks = List.of(db,
                index("vacancy index", db.up(), vacancies::size, vacancies::backlog, vacancies::failure),
                index("participant index", db.up(), participants::size, participants::backlog, participants::failure));
        return new Report(checks.stream().allMatch(Check::up), checks);
    }

    /**
     * Asked on a thread of its own and given 2 s: a load balancer's probe needs its answer quickly, and a
     * stopped database would otherwise hold it for the pool's whole wait for a connection.
     */
    private Check database() {
        var answer = CompletableFuture.supplyAsync(this::askDatabase,
                runnable -> Thread.ofVirtual().name("readiness-database").start(runnable));
        try {
            return answer.get(DATABASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Readiness: the database did not answer within {} s", DATABASE_WAIT.toSeconds());
        } catch (ExecutionException e) {
            LOG.warn("Readiness: the database check failed: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Check("database", false, "does not answer");
    }

    private Check askDatabase() {
        try (Connection connection = database.getConnection()) {
            boolean valid = connection.isValid(2);
            return new Check("database", valid, valid ? "answers" : "does not answer");
        } catch (Exception e) {
            LOG.warn("Readiness: the database does not answer: {}", e.toString());
            return new Check("database", false, "does not answer");
        }
    }

    private Check index(String name, boolean databaseUp, Supplier<Integer> size, Supplier<OutboxBacklog> backlog,
                        Supplier<Optional<String>> failure) {
        try {
            int documents = size.get();
            if (failure.get().isPresent()) {
                // The reason (a path, an errno) is in the log; this answer is public.
                return new Check(name, false, documents + " documents; cannot write changes to the index folder"
                        + " (see the log)");
            }
            if (!databaseUp) {
                return new Check(name, true, documents + " documents; backlog unknown while the database is down");
            }
            OutboxBacklog pending = backlog.get();
            Duration lag = pending.lag(clock.instant());
            boolean current = lag.compareTo(MAX_INDEX_LAG) <= 0;
            return new Check(name, current, documents + " documents; " + pending.changes()
                    + (pending.changes() == 1 ? " change" : " changes") + " to apply; " + lag.toSeconds() + " s behind");
        } catch (RuntimeException e) {
            LOG.warn("Readiness: the {} cannot be read: {}", name, e.toString());
            return new Check(name, false, "cannot be read");
        }
    }
}
