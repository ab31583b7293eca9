package org.workingwin.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContact;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.participant.IntroducedParticipant;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.VacancyService;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class PipelineServiceIT {

    @Inject
    PipelineService pipeline;
    @Inject
    ParticipantService participants;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService index;
    @Inject
    MatchService matches;
    @Inject
    EmployerContactService contacts;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private record Setup(SignedInUser specialist, SignedInUser employer, long participant, long vacancy) {
    }

    /** A participant with two needs (one agreed to share, with a note) and a published vacancy that suits them. */
    private Setup setup(String word) {
        LocalDate today = LocalDate.now(clock);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser employer = data.employer(word + " Ltd");
        long vacancy = vacancies.submit(employer, null, TestData.validDraft(word + " assistant", today));
        vacancies.publish(specialist, vacancy);
        ParticipantInput profile = TestData.profile("WW-" + word, "Jamie", "Rivers", word + " assistant", "S1 4AB",
                Map.of("concentration", "MUST_HAVE", "fatigue", "WOULD_HELP"));
        long participant = participants.create(specialist, profile.withRecord("jamie." + word + "@example.org",
                "0114 496 0123", "PHONE", true, true, "LOOKING", today.minusDays(10),
                Map.of("concentration", "Shared note " + word, "fatigue", "Private note " + word),
                List.of("concentration")));
        index.catchUp();
        return new Setup(specialist, employer, participant, vacancy);
    }

    @Test
    void a_vacancy_goes_from_shortlist_to_job_start_with_every_step_on_the_timeline() {
        Setup s = setup("Pipeline");
        long id = pipeline.shortlist(s.specialist(), s.participant(), s.vacancy(), "Good fit");
        pipeline.share(s.specialist(), id, null);
        pipeline.recordInterest(s.specialist(), id, "Keen");
        pipeline.introduce(s.specialist(), id, Set.of("questions_in_advance"), "Jamie would be great");
        LocalDate interview = LocalDate.now(clock).plusDays(3);
        pipeline.recordInterview(s.specialist(), id, interview, null);
        pipeline.recordOffer(s.specialist(), id, null);
        pipeline.recordJobStart(s.specialist(), id, new JobStart(LocalDate.now(clock).plusDays(7), 22.5,
                new BigDecimal("12.60"), PayPeriod.HOUR), "Starts Monday");

        OpportunityDetails details = pipeline.details(s.specialist(), id);
        assertThat(details.timeline()).extracting(TimelineEntry::kind).containsExactly(StepKind.SHORTLISTED,
                StepKind.SHARED, StepKind.INTERESTED, StepKind.INTRODUCED, StepKind.INTERVIEW, StepKind.OFFER,
                StepKind.JOB_START);
        assertThat(details.timeline()).extracting(TimelineEntry::by).containsOnly("Test SPECIALIST");
        assertThat(details.timeline().get(4).eventDate()).isEqualTo(interview);
        assertThat(details.opportunity().stage()).isEqualTo(Stage.STARTED);
        assertThat(details.opportunity().jobHours()).isEqualTo(22.5);
        assertThat(details.opportunity().jobPay()).isEqualByComparingTo("12.60");
        assertThat(details.recruitmentAdjustments()).containsExactly("Interview questions in advance");
        assertThat(details.nextSteps()).containsExactly(StepKind.OUTCOME);
        assertThat(participants.details(s.specialist(), s.participant()).participant().status())
                .isEqualTo(ParticipantStatus.IN_WORK);
        assertThat(contacts.forParticipants(List.of(s.participant()))).extracting(EmployerContact::kind,
                EmployerContact::employerName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ContactKind.INTRODUCTION, "Pipeline Ltd"));

        pipeline.recordOutcome(s.specialist(), id, Outcome.STILL_IN_WORK, null);
        assertThat(pipeline.details(s.specialist(), id).nextSteps()).isEmpty();
    }

    @Test
    void a_step_out_of_order_is_refused_with_the_current_stage_named() {
        Setup s = setup("Order");
        long id = pipeline.shortlist(s.specialist(), s.participant(), s.vacancy(), null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> pipeline.recordOffer(s.specialist(), id, null));
        assertThat(e.fieldErrors()).containsExactly(Map.entry("stage",
                "This vacancy is at \"Shortlisted\" for the participant: \"Job offer\" cannot be recorded now"));
        InvalidInputException dismiss = catchThrowableOfType(InvalidInputException.class,
                () -> pipeline.dismiss(s.specialist(), s.participant(), s.vacancy(), " "));
        assertThat(dismiss.fieldErrors()).containsExactly(Map.entry("note", "Enter why it does not suit them"));
    }

    @Test
    void a_dismissed_vacancy_stays_out_of_suggestions_until_the_vacancy_changes() {
        Setup s = setup("Dismiss");
        assertThat(suggested(s)).contains(s.vacancy());
        pipeline.dismiss(s.specialist(), s.participant(), s.vacancy(), "Too far for now");
        assertThat(suggested(s)).doesNotContain(s.vacancy());
        assertThat(matches.candidatesFor(s.specialist(), s.vacancy(), 0, 20).candidates()).isEmpty();

        VacancyDraft changed = VacancyService.toDraft(vacancies.details(s.employer(), s.vacancy()));
        vacancies.submit(s.employer(), s.vacancy(), vacancies.details(s.employer(), s.vacancy()).vacancy().version(),
                new VacancyDraft("Dismiss assistant (changed)",
                changed.description(), changed.occupationCode(), changed.occupationTitle(), changed.postcode(),
                changed.workMode(), changed.hoursMin(), changed.hoursMax(), changed.patterns(),
                changed.contractType(), changed.payMin(), changed.payMax(), changed.payPeriod(),
                changed.closingDate(), changed.positions(), changed.adjustments(), changed.demands()));
        vacancies.publish(s.specialist(), s.vacancy());
        index.catchUp();
        assertThat(suggested(s)).contains(s.vacancy());
    }

    @Test
    void the_employer_sees_the_first_name_contact_and_recruitment_adjustments_and_shared_needs_only_after_an_offer() {
        Setup s = setup("Employer");
        long id = pipeline.shortlist(s.specialist(), s.participant(), s.vacancy(), null);
        assertThat(pipeline.introductions(s.employer(), null)).isEmpty();
        pipeline.recordInterest(s.specialist(), id, null);
        pipeline.introduce(s.specialist(), id, Set.of("remote_or_quiet_interview", "questions_in_advance"), "Meet Jamie");

        Introduction before = pipeline.introductions(s.employer(), s.vacancy()).getFirst();
        assertThat(before.participant()).isEqualTo(new IntroducedParticipant("Jamie",
                "Phone call: 0114 496 0123", List.of()));
        assertThat(before.recruitmentAdjustments()).containsExactly("Interview questions in advance",
                "Remote or quiet interview");
        assertThat(before.message()).isEqualTo("Meet Jamie");

        pipeline.answer(s.employer(), id, EmployerAnswer.INVITE, "Tuesday at 10?");
        assertThat(pipeline.details(s.specialist(), id).timeline().getLast())
                .extracting(TimelineEntry::kind, TimelineEntry::note)
                .containsExactly(StepKind.EMPLOYER_INVITED, "Tuesday at 10?");
        pipeline.recordOffer(s.specialist(), id, null);

        Introduction after = pipeline.introductions(s.employer(), null).getFirst();
        assertThat(after.participant().sharedNeeds()).containsExactly(new IntroducedParticipant.SharedNeed(
                "Difficulty concentrating", "Shared note Employer"));
        assertThat(after.answer()).isEqualTo(EmployerAnswer.INVITE);
        assertThat(after.toString()).doesNotContain("Private note", "Rivers", "fatigue", "Fatigue");

        SignedInUser otherEmployer = data.employer("Other Ltd");
        assertThat(pipeline.introductions(otherEmployer, null)).isEmpty();
        assertThatThrownBy(() -> pipeline.answer(otherEmployer, id, EmployerAnswer.NOT_PROGRESSING, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pipeline.introductions(otherEmployer, s.vacancy()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void another_specialist_cannot_touch_the_opportunity_or_shortlist_for_the_participant() {
        Setup s = setup("Scope");
        long id = pipeline.shortlist(s.specialist(), s.participant(), s.vacancy(), null);
        SignedInUser colleague = data.user(Role.SPECIALIST);
        assertThatThrownBy(() -> pipeline.details(colleague, id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pipeline.share(colleague, id, null)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pipeline.shortlist(colleague, s.participant(), s.vacancy(), null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pipeline.introductions(s.specialist(), null))
                .isInstanceOf(NotAllowedException.class);
    }

    private List<Long> suggested(Setup s) {
        return matches.matchesFor(s.specialist(), s.participant(), 0, 100).matches().stream()
                .map(Match::vacancy).map(v -> v.id()).toList();
    }
}
