package org.workingwin.portal.match;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.workingwin.matching.participant.Candidate;
import org.workingwin.matching.participant.CandidatePage;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.ParticipantIndexService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyIndexFeed;

/**
 * Suggestions in both directions, for specialists and administrators only: vacancies for a participant
 * on the actor's caseload, and participants for a published vacancy (a specialist sees only their own
 * caseload among them).
 */
@Singleton
public class MatchService {

    /** Pages read from the engine when narrowing candidates to one caseload. */
    private static final int SCAN_PAGE = 100;

    private final ParticipantService participants;
    private final VacancyIndexService vacancyIndex;
    private final ParticipantIndexService participantIndex;
    private final VacancyIndexFeed vacancies;
    private final PipelineService pipeline;
    private final Clock clock;

    MatchService(ParticipantService participants, VacancyIndexService vacancyIndex,
                 ParticipantIndexService participantIndex, VacancyIndexFeed vacancies, PipelineService pipeline,
                 Clock clock) {
        this.pipeline = pipeline;
        this.participants = participants;
        this.vacancyIndex = vacancyIndex;
        this.participantIndex = participantIndex;
        this.vacancies = vacancies;
        this.clock = clock;
    }

    /** Suggested vacancies, leaving out those dismissed for this participant while they are unchanged. */
    public MatchPage matchesFor(SignedInUser actor, long participantId, int page, int pageSize) {
        return vacancyIndex.match(participants.profile(actor, participantId), LocalDate.now(clock),
                pipeline.dismissedUnchanged(actor, participantId), page, pageSize);
    }

    public CandidatesPage candidatesFor(SignedInUser actor, long vacancyId, int page, int pageSize) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        IndexedVacancy vacancy = vacancies.indexable(vacancyId)
                .orElseThrow(() -> new NotAllowedException("Only published vacancies have suggested participants"));
        Map<Long, Participant> visible = participants.caseload(actor).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        if (actor.is(Role.ADMIN)) {
            CandidatePage found = participantIndex.candidates(vacancy, today, page, pageSize);
            return new CandidatesPage(found.total(), found.page(), found.pageSize(),
                    found.candidates().stream().map(c -> view(c, visible)).toList());
        }
        // A specialist's dismissal keeps the participant out of this vacancy's list while it is unchanged.
        pipeline.dismissedFor(vacancyId).forEach(visible::remove);
        // A caseload is small (at most about 20), so narrowing the ranked list keeps order and totals exact.
        List<CandidateView> mine = new ArrayList<>();
        CandidatePage scan;
        int scanPage = 0;
        do {
            scan = participantIndex.candidates(vacancy, today, scanPage++, SCAN_PAGE);
            scan.candidates().stream().filter(c -> visible.containsKey(c.participantId()))
                    .map(c -> view(c, visible)).forEach(mine::add);
        } while ((long) scanPage * SCAN_PAGE < scan.total() && mine.size() < visible.size());
        int size = Math.max(1, Math.min(pageSize, 100));
        int from = Math.min(Math.max(page, 0) * size, mine.size());
        return new CandidatesPage(mine.size(), Math.max(page, 0), size,
                mine.subList(from, Math.min(from + size, mine.size())));
    }

    private static CandidateView view(Candidate c, Map<Long, Participant> visible) {
        Participant p = visible.get(c.participantId());
        return new CandidateView(c.participantId(), p == null ? null : p.reference(),
                p == null ? null : p.firstName() + " " + p.lastName(), c.score(), c.reasons());
    }
}
