package org.workingwin.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.passport.PassportService;
import org.workingwin.portal.pipeline.JobStart;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.vacancy.PayPeriod;

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

    /**
     * One participant started a job three weeks ago, through every step, with adjustments agreed with the
     * employer: so the reports have a job start and the participant's adjustment passport has a job to print.
     * The vacancy is their best suggestion not already in their pipeline.
     */
    static void jobStart(SignedInUser specialist, long participantId, MatchService matches, PipelineService pipeline,
                         PassportService passports, LocalDate today) {
        Set<Long> considered = pipeline.byVacancy(specialist, participantId).keySet();
        Optional<Match> job = matches.matchesFor(specialist, participantId, 0, 10).matches().stream()
                .filter(m -> !considered.contains(m.vacancy().id())).findFirst();
        if (job.isEmpty()) {
            return;
        }
        long id = pipeline.shortlist(specialist, participantId, job.get().vacancy().id(), "Day shifts near home");
        pipeline.share(specialist, id, null);
        pipeline.recordInterest(specialist, id, "Would like to apply");
        pipeline.introduce(specialist, id, Set.of("questions_in_advance"),
                "Reliable and keen to start. Please call me with any questions.");
        pipeline.recordInterview(specialist, id, today.minusDays(35), null);
        pipeline.recordOffer(specialist, id, "Offered 16 hours a week");
        LocalDate started = today.minusDays(21);
        pipeline.recordJobStart(specialist, id, new JobStart(started, 16.0, new BigDecimal("12.60"), PayPeriod.HOUR),
                null);
        Map<String, String> agreed = new LinkedHashMap<>();
        agreed.put("flexible_start", "Starts between 9 and 10am, finishing later to match");
        agreed.put("agreed_communication", "Changes to the rota by text, a week ahead");
        agreed.put("mentor", "A named colleague on each shift for the first three months");
        passports.recordAgreed(specialist, id, agreed, started);
    }
}
