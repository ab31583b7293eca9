package org.workingwin.portal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;

/**
 * Work in progress on the demonstration caseload, so every pipeline page has something to show: each of
 * the first participants has their best suggestion at a different stage, and a few employer contacts.
 */
final class DemoPipeline {

    private DemoPipeline() {
    }

    static void create(SignedInUser specialist, ParticipantService participants, MatchService matches,
                       PipelineService pipeline, EmployerContactService contacts, LocalDate today) {
        List<Participant> caseload = participants.caseload(specialist);
        for (int i = 0; i < Math.min(4, caseload.size()); i++) {
            Participant p = caseload.get(i);
            List<Match> best = matches.matchesFor(specialist, p.id(), 0, 2).matches();
            if (best.isEmpty()) {
                continue;
            }
            long vacancy = best.getFirst().vacancy().id();
            long id = pipeline.shortlist(specialist, p.id(), vacancy, "Matches what " + p.firstName() + " asked for");
            if (i >= 1) {
                pipeline.share(specialist, id, null);
            }
            if (i >= 2) {
                pipeline.recordInterest(specialist, id, p.firstName() + " would like to apply");
                pipeline.introduce(specialist, id, Set.of("questions_in_advance"),
                        p.firstName() + " is reliable and keen to start. Please call me with any questions.");
            }
            if (best.size() > 1) {
                pipeline.dismiss(specialist, p.id(), best.get(1).vacancy().id(), "Too far from home for now");
            }
            contacts.record(specialist, best.getFirst().vacancy().organisationName(), today.minusDays(i + 1),
                    ContactKind.PHONE, "Talked about their vacancies", p.id());
        }
    }
}
