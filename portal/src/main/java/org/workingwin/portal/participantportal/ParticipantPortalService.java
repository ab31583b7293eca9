package org.workingwin.portal.participantportal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.workingwin.matching.participant.Candidate;
import org.workingwin.matching.participant.CandidatePage;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.profile.ReasonKind;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.MyOpportunity;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.ParticipantIndexService;
import org.workingwin.portal.vacancy.VacancyIndexFeed;

/**
 * The participant's own pages: what their specialist shared, with the engine's reasons, and saying
 * "I'm interested". Every call acts for the signed-in participant on their own record only.
 */
@Singleton
public class ParticipantPortalService {

    /** Candidate pages read when looking for this participant's reasons for one vacancy. */
    private static final int SCAN_PAGE = 100;
    private static final int SCAN_PAGES_MAX = 20;

    private final ParticipantService participants;
    private final PipelineService pipeline;
    private final ParticipantIndexService participantIndex;
    private final VacancyIndexFeed openVacancies;
    private final Clock clock;

    ParticipantPortalService(ParticipantService participants, PipelineService pipeline,
                             ParticipantIndexService participantIndex, VacancyIndexFeed openVacancies, Clock clock) {
        this.participants = participants;
        this.pipeline = pipeline;
        this.participantIndex = participantIndex;
        this.openVacancies = openVacancies;
        this.clock = clock;
    }

    /** The participant's first name, for a greeting. */
    public String firstName(SignedInUser me) {
        return participants.own(me).firstName();
    }

    /** What the specialist shared, and everything after, most recently changed first. */
    public List<SharedVacancy> home(SignedInUser me) {
        Participant own = participants.own(me);
        return pipeline.mine(me).stream().map(o -> withReasons(own.id(), o)).toList();
    }

    public void interested(SignedInUser me, long opportunityId) {
        pipeline.participantInterested(me, opportunityId);
    }

    public MyOpportunity interestedInVacancy(SignedInUser me, long vacancyId) {
        return pipeline.participantInterestedInVacancy(me, vacancyId);
    }

    /** Where this vacancy stands for the participant, if it is in their list. */
    public Optional<MyOpportunity> find(SignedInUser me, long vacancyId) {
        return pipeline.mine(me).stream().filter(o -> o.vacancyId() == vacancyId).findFirst();
    }

    private SharedVacancy withReasons(long participantId, MyOpportunity o) {
        List<String> suits = new ArrayList<>();
        List<String> ask = new ArrayList<>();
        reasons(participantId, o.vacancyId()).forEach(r -> {
            // Occupation reasons name a classification code: the role and skill reasons say it in words.
            if (r.kind() != ReasonKind.OCCUPATION) {
                (r.positive() ? suits : ask).add(r.sentence() + ".");
            }
        });
        return new SharedVacancy(o, suits, ask);
    }

    /**
     * The engine's reasons for this participant and vacancy, from the vacancy's suggested participants.
     * Empty when the vacancy has closed or the participant no longer fits its firm rules.
     */
    private List<Reason> reasons(long participantId, long vacancyId) {
        Optional<IndexedVacancy> vacancy = openVacancies.indexable(vacancyId);
        if (vacancy.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        for (int page = 0; page < SCAN_PAGES_MAX; page++) {
            CandidatePage found = participantIndex.candidates(vacancy.get(), today, page, SCAN_PAGE);
            for (Candidate c : found.candidates()) {
                if (c.participantId() == participantId) {
                    return c.reasons();
                }
            }
            if ((long) (page + 1) * SCAN_PAGE >= found.total()) {
                break;
            }
        }
        return List.of();
    }
}
