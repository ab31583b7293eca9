package org.workingwin.portal.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.BrowseQuery;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.matching.vacancy.VacancyIndex;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.vacancy.VacancyIndexFeed;

/** The vacancy index under {@code <data-dir>/index}, kept equal to the database by an outbox follower. */
@Context
public class VacancyIndexService implements AutoCloseable {

    private final OutboxFollower<IndexedVacancy, Handle> follower;
    private final Timer matchTime;

    VacancyIndexService(VacancyIndexFeed feed, IndexConfiguration configuration, Taxonomy taxonomy,
                        @Value("${portal.data-dir}") Path dataDir, Clock clock, MeterRegistry registry) {
        Path folder = configuration.getFolder() != null ? configuration.getFolder() : dataDir.resolve("index");
        this.follower = new OutboxFollower<>("vacancy", feed, f -> new Handle(VacancyIndex.open(f, taxonomy)),
                folder, taxonomy.version(), configuration, clock);
        this.matchTime = IndexMetrics.matchTimer(registry, "vacancies_for_participant");
        IndexMetrics.watch(registry, "vacancy", follower, clock);
    }

    public BrowseResult browse(BrowseQuery query) {
        return read(() -> follower.index().vacancies.browse(query));
    }

    public MatchPage match(ParticipantProfile profile, LocalDate today, int page, int pageSize) {
        return match(profile, today, java.util.Set.of(), page, pageSize);
    }

    /** Suggestions leaving out the {@code excluded} vacancy ids (dismissed for this participant). */
    public MatchPage match(ParticipantProfile profile, LocalDate today, java.util.Set<Long> excluded, int page,
                           int pageSize) {
        return matchTime.record(() -> read(() -> follower.index().vacancies.match(profile, today, excluded, page,
                pageSize)));
    }

    public int catchUp() {
        return follower.catchUp();
    }

    public void rebuild() {
        follower.rebuild();
    }

    /** Why the index cannot apply the latest changes, when its last attempt failed (see the log). */
    public Optional<String> failure() {
        return follower.failure();
    }

    public RebuildProgress rebuildProgress() {
        return follower.progress();
    }

    public int size() {
        return follower.size();
    }

    /** Changes written to the outbox that the index has not applied yet. */
    public OutboxBacklog backlog() {
        return follower.backlog();
    }

    public long cursor() {
        return follower.cursor();
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        follower.close();
    }

    interface IndexRead<R> {
        R get() throws IOException;
    }

    static <R> R read(IndexRead<R> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    /** The engine's vacancy index seen as a followed index. */
    static final class Handle implements FollowedIndex<IndexedVacancy> {

        final VacancyIndex vacancies;

        Handle(VacancyIndex vacancies) {
            this.vacancies = vacancies;
        }

        @Override
        public Optional<IndexCheckpoint> checkpoint() {
            return vacancies.checkpoint();
        }

        @Override
        public void upsert(IndexedVacancy item) throws IOException {
            vacancies.upsert(item);
        }

        @Override
        public void delete(long id) throws IOException {
            vacancies.delete(id);
        }

        @Override
        public void commit(IndexCheckpoint checkpoint) throws IOException {
            vacancies.commit(checkpoint);
        }

        @Override
        public void replaceAll(Iterable<IndexedVacancy> all, IndexCheckpoint checkpoint) throws IOException {
            vacancies.replaceAll(all, checkpoint);
        }

        @Override
        public int size() {
            return vacancies.size();
        }

        @Override
        public void close() throws IOException {
            vacancies.close();
        }
    }
}
