package org.workingwin.portal.ips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.pipeline.JobStart;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyService;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class IpsFiguresServiceIT {

    @Inject
    IpsFiguresService figures;
    @Inject
    ParticipantService participants;
    @Inject
    EmployerContactService contacts;
    @Inject
    PipelineService pipeline;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService index;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    /** Unique per run: the MariaDB run shares one database between test classes and runs. */
    private final String word = "IPS" + UUID.randomUUID().toString().substring(0, 6);

    private long participant(SignedInUser specialist, String first, String last, String status, LocalDate enrolled) {
        return participants.create(specialist, TestData.profile("WW-" + word + "-" + last.charAt(0), first, last,
                "Shop assistant", "S1 4AB", Map.of()).withRecord(first.toLowerCase() + "." + word + "@example.org",
                "0114 496 0123", "EMAIL", true, false, status, enrolled, Map.of(), List.of()));
    }

    private long publishedVacancy(SignedInUser specialist, SignedInUser employer, String title) {
        long vacancy = vacancies.submit(employer, null, TestData.validDraft(title, LocalDate.now(clock)));
        vacancies.publish(specialist, vacancy);
        return vacancy;
    }

    private void contact(SignedInUser specialist, LocalDate date, Long participant) {
        contacts.record(specialist, "Contact Ltd " + word, date, ContactKind.VISIT, null, participant);
    }

    @Test
    void a_specialist_sees_days_to_first_contact_contacts_per_week_and_pipeline_counts_for_each_participant() {
        LocalDate today = LocalDate.now(clock);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser employer = data.employer(word + " Ltd");
        long kept = publishedVacancy(specialist, employer, word + " assistant");
        long dropped = publishedVacancy(specialist, employer, word + " supervisor");
        index.catchUp();
        long ava = participant(specialist, "Ava", "Archer", "LOOKING", today.minusDays(35));
        long ben = participant(specialist, "Ben", "Brown", "LOOKING", today.minusDays(14));
        long cara = participant(specialist, "Cara", "Cole", "LOOKING", today.minusDays(3));
        long dan = participant(specialist, "Dan", "Dale", "LEFT", today.minusDays(60));

        contact(specialist, today.minusDays(30), ava);
        contact(specialist, today.minusDays(20), ava);
        contact(specialist, today.minusDays(10), ava);
        contact(specialist, today.minusDays(20), ben);
        contact(specialist, today.minusDays(7), ben);
        contact(specialist, today.minusDays(1), null);
        long opportunity = pipeline.shortlist(specialist, ava, kept, null);
        pipeline.recordInterest(specialist, opportunity, null);
        pipeline.introduce(specialist, opportunity, Set.of(), "Ava would be great");
        pipeline.recordInterview(specialist, opportunity, today.plusDays(3), null);
        pipeline.recordOffer(specialist, opportunity, null);
        pipeline.recordJobStart(specialist, opportunity, new JobStart(today.plusDays(7), 20.0,
                new BigDecimal("12.60"), PayPeriod.HOUR), null);
        pipeline.shortlist(specialist, ava, dropped, null);
        pipeline.dismiss(specialist, ava, dropped, "Too far");

        SpecialistFigures mine = figures.mine(specialist);

        // Ava: first contact 5 days after enrolment; 3 contacts and the introduction's in 5 weeks.
        // Ben: a contact before his recorded enrolment counts as no wait; one contact since, in 2 weeks.
        // Cara: enrolled 3 days ago (counted as one week), no contact. Dan has left.
        assertThat(mine.participants()).containsExactly(
                new ParticipantFigures(ava, "Ava Archer", ParticipantStatus.IN_WORK.label(), today.minusDays(35), 5,
                        0.8, 2, 1, 1, 1),
                new ParticipantFigures(ben, "Ben Brown", ParticipantStatus.LOOKING.label(), today.minusDays(14), 0,
                        0.5, 0, 0, 0, 0),
                new ParticipantFigures(cara, "Cara Cole",
                        ParticipantStatus.LOOKING.label(), today.minusDays(3), null, 0.0, 0, 0, 0, 0),
                new ParticipantFigures(dan, "Dan Dale",
                        ParticipantStatus.LEFT.label(), today.minusDays(60), null, 0.0, 0, 0, 0, 0));
        // Six contacts in the last four weeks: Ava's two and the introduction, Ben's two, the general one.
        assertThat(mine).isEqualTo(new SpecialistFigures(specialist.id(), "Test SPECIALIST", 3, 20, 1.5, 2.5, 1,
                2, 1, 1, 1, mine.participants()));
    }

    @Test
    void an_administrator_sees_every_specialist_with_their_own_caseload_only() {
        LocalDate today = LocalDate.now(clock);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser colleague = data.user(Role.SPECIALIST);
        long eve = participant(specialist, "Eve", "Evans", "LOOKING", today.minusDays(21));
        contact(specialist, today.minusDays(14), eve);
        contact(colleague, today, null);

        List<SpecialistFigures> every = figures.everySpecialist(data.user(Role.ADMIN));

        assertThat(every).filteredOn(s -> s.specialistId() == specialist.id()).containsExactly(
                new SpecialistFigures(specialist.id(), "Test SPECIALIST", 1, 20, 0.25, 7.0, 0, 0, 0, 0, 0, List.of(
                        new ParticipantFigures(eve, "Eve Evans", ParticipantStatus.LOOKING.label(),
                                today.minusDays(21), 7, 1 / 3.0, 0, 0, 0, 0))));
        assertThat(every).filteredOn(s -> s.specialistId() == colleague.id()).containsExactly(
                new SpecialistFigures(colleague.id(), "Test SPECIALIST", 0, 20, 0.25, null, 0, 0, 0, 0, 0, List.of()));
        assertThat(every).filteredOn(s -> s.specialistId() == specialist.id())
                .containsExactly(figures.mine(specialist));
    }

    @Test
    void only_a_specialist_sees_their_own_figures_and_only_an_administrator_sees_everyones() {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        assertThatThrownBy(() -> figures.everySpecialist(specialist)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> figures.mine(data.employer(word + " Employer Ltd")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> figures.mine(data.user(Role.PARTICIPANT))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> figures.everySpecialist(null)).isInstanceOf(NotAllowedException.class);
    }
}
