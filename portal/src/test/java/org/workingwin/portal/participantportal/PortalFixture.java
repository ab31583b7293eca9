package org.workingwin.portal.participantportal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.ParticipantIndexService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * A specialist, a participant with their own portal account, and a published vacancy that suits them,
 * shortlisted. Emails and references are unique per call, as the MySQL run shares one database.
 */
@Singleton
public class PortalFixture {

    public record Setup(SignedInUser specialist, SignedInUser participant, long participantId, long vacancy,
                        long opportunity, String email) {
    }

    private final TestData data;
    private final VacancyService vacancies;
    private final ParticipantService participants;
    private final PipelineService pipeline;
    private final AccountService accounts;
    private final VacancyIndexService vacancyIndex;
    private final ParticipantIndexService participantIndex;
    private final Clock clock;

    PortalFixture(TestData data, VacancyService vacancies, ParticipantService participants, PipelineService pipeline,
                  AccountService accounts, VacancyIndexService vacancyIndex, ParticipantIndexService participantIndex,
                  Clock clock) {
        this.data = data;
        this.vacancies = vacancies;
        this.participants = participants;
        this.pipeline = pipeline;
        this.accounts = accounts;
        this.vacancyIndex = vacancyIndex;
        this.participantIndex = participantIndex;
        this.clock = clock;
    }

    public Setup shortlisted(String word) {
        LocalDate today = LocalDate.now(clock);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser employer = data.employer(word + " Ltd");
        long vacancy = vacancies.submit(employer, null, TestData.validDraft(word + " assistant", today));
        vacancies.publish(specialist, vacancy);
        String email = TestData.uniqueEmail("participant");
        String reference = "WW-" + email.substring(12, 20);
        ParticipantInput profile = TestData.profile(reference, "Jamie", "Rivers", word + " assistant", "S1 4AB",
                Map.of("fatigue", "WOULD_HELP"));
        long participant = participants.create(specialist, profile.withRecord(email, null, "EMAIL", true, false,
                "LOOKING", today.minusDays(10), Map.of(), List.of()));
        // As accepting an emailed invitation does (InvitationServiceIT follows the real link).
        SignedInUser me = accounts.create(email, "Jamie Rivers", TestData.PASSWORD, Role.PARTICIPANT, null);
        participants.linkAccount(specialist, participant, me.id());
        vacancyIndex.catchUp();
        participantIndex.catchUp();
        long opportunity = pipeline.shortlist(specialist, participant, vacancy, "Good fit");
        return new Setup(specialist, me, participant, vacancy, opportunity, email);
    }

    /** As {@link #shortlisted}, taken on to a job start today. */
    public Setup started(String word) {
        Setup s = shortlisted(word);
        LocalDate today = LocalDate.now(clock);
        long id = s.opportunity();
        pipeline.share(s.specialist(), id, null);
        pipeline.recordInterest(s.specialist(), id, null);
        pipeline.introduce(s.specialist(), id, java.util.Set.of(), "Introducing");
        pipeline.recordInterview(s.specialist(), id, today, null);
        pipeline.recordOffer(s.specialist(), id, null);
        pipeline.recordJobStart(s.specialist(), id, new org.workingwin.portal.pipeline.JobStart(today, 20.0,
                new java.math.BigDecimal("12.50"), org.workingwin.portal.vacancy.PayPeriod.HOUR), null);
        return s;
    }
}
