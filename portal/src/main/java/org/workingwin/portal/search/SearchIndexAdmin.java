package org.workingwin.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/** Administrators look at the search indexes and rebuild them on demand, in the background. */
@Singleton
public class SearchIndexAdmin {

    /** What an administrator sees about one index. */
    public record IndexState(String name, int documents, long cursor, RebuildProgress rebuild) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexAdmin.class);
    private final VacancyIndexService vacancies;
    private final ParticipantIndexService participants;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-rebuild");
        t.setDaemon(true);
        return t;
    });

    SearchIndexAdmin(VacancyIndexService vacancies, ParticipantIndexService participants) {
        this.vacancies = vacancies;
        this.participants = participants;
    }

    public IndexState vacancyIndex(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return new IndexState("Vacancies", vacancies.size(), vacancies.cursor(), vacancies.rebuildProgress());
    }

    public IndexState participantIndex(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return new IndexState("Participants", participants.size(), -1, participants.rebuildProgress());
    }

    /** Starts rebuilding both indexes from the database; searches keep working meanwhile. */
    public void rebuild(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        worker.submit(() -> {
            try {
                vacancies.rebuild();
                participants.rebuild();
            } catch (RuntimeException e) {
                LOG.error("Index rebuild failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
