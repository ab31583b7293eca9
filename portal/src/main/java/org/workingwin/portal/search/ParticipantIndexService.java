package org.workingwin.portal.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.workingwin.matching.participant.CandidatePage;
import org.workingwin.matching.participant.ParticipantIndex;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.portal.base.index.OutboxBacklog;
import org.workingwin.portal.participant.ParticipantIndexFeed;

/**
 * The reverse-match index of participants' profiles under {@code <data-dir>/participants-index}. It
 * holds coded preferences and needs only (no names or notes) and is read only for specialists and
 * administrators, through the match service.
 */
@Context
public class ParticipantIndexService implements AutoCloseable {

    private final OutboxFollower<ParticipantProfile, Handle> follower;
    private final Timer matchTime;

    ParticipantIndexService(ParticipantIndexFeed feed, IndexConfiguration configuration, Taxonomy taxonomy,
                            @Value("${portal.data-dir}") Path dataDir, Clock clock, MeterRegistry registry) {
        Path folder = configuration.getParticipantsFolder() != null ? configuration.getParticipantsFolder()
                : dataDir.resolve("participants-index");
        this.follower = new OutboxFollower<>("participant", feed,
                f -> new Handle(ParticipantIndex.open(f, taxonomy)), folder, taxonomy.version(), configuration, clock);
        this.matchTime = IndexMetrics.matchTimer(registry, "participants_for_vacancy");
        IndexMetrics.watch(registry, "participant", follower, clock);
    }

    public CandidatePage candidates(IndexedVacancy vacancy, LocalDate today, int page, int pageSize) {
        return matchTime.record(() -> VacancyIndexService.read(() -> follower.index().participants.candidates(vacancy,
                today, page, pageSize)));
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

    /** Changes written to the outbox that the index has not applied yet. */
    public OutboxBacklog backlog() {
        return follower.backlog();
    }

    public int size() {
        return follower.size();
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        follower.close();
    }

    /** The engine's participant index seen as a followed index. */
    static final class Handle implements FollowedIndex<ParticipantProfile> {

        final ParticipantIndex participants;

        Handle(ParticipantIndex participants) {
            this.participants = participants;
        }

        @Override
        public Optional<IndexCheckpoint> checkpoint() {
            return participants.checkpoint();
        }

        @Override
        public void upsert(ParticipantProfile item) throws IOException {
            participants.upsert(item);
        }

        @Override
        public void delete(long id) throws IOException {
            participants.delete(id);
        }

        @Override
        public void commit(IndexCheckpoint checkpoint) throws IOException {
            participants.commit(checkpoint);
        }

        @Override
        public void replaceAll(Iterable<ParticipantProfile> all, IndexCheckpoint checkpoint) throws IOException {
            participants.replaceAll(all, checkpoint);
        }

        @Override
        public int size() {
            return participants.size();
        }

        @Override
        public void close() throws IOException {
            participants.close();
        }
    }
}
