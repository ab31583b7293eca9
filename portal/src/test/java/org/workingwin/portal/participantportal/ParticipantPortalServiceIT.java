package org.workingwin.portal.participantportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.MyOpportunity;
import org.workingwin.portal.pipeline.OpportunityDetails;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.Stage;
import org.workingwin.portal.pipeline.StepKind;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class ParticipantPortalServiceIT {

    @Inject
    ParticipantPortalService portal;
    @Inject
    PipelineService pipeline;
    @Inject
    ParticipantService participants;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService index;
    @Inject
    PortalFixture fixture;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    @Test
    void a_participant_sees_only_what_was_shared_with_them_with_the_reasons_in_plain_words() {
        PortalFixture.Setup s = fixture.shortlisted("Florist");
        assertThat(portal.home(s.participant())).isEmpty();

        pipeline.share(s.specialist(), s.opportunity(), null);

        List<SharedVacancy> home = portal.home(s.participant());
        assertThat(home).hasSize(1);
        MyOpportunity o = home.getFirst().opportunity();
        assertThat(o.vacancyTitle()).isEqualTo("Florist assistant");
        assertThat(o.organisationName()).isEqualTo("Florist Ltd");
        assertThat(o.state()).isEqualTo("Shared by your specialist");
        assertThat(o.canSayInterested()).isTrue();
        assertThat(home.getFirst().suits()).contains("Title matches \"Florist assistant\".",
                "Offers flexible start and finish, which helps with fatigue.");
        assertThat(home.getFirst().suits()).noneMatch(line -> line.contains("7111"));
    }

    @Test
    void saying_interested_moves_it_on_and_the_specialist_sees_it_on_their_home_page() {
        PortalFixture.Setup s = fixture.shortlisted("Baker");
        pipeline.share(s.specialist(), s.opportunity(), null);

        portal.interested(s.participant(), s.opportunity());

        MyOpportunity o = portal.home(s.participant()).getFirst().opportunity();
        assertThat(o.stage()).isEqualTo(Stage.INTERESTED);
        assertThat(o.state()).isEqualTo("You said you are interested. Your specialist will be in touch");
        assertThat(o.canSayInterested()).isFalse();
        List<OpportunityDetails> waiting = pipeline.waitingInterested(s.specialist());
        assertThat(waiting).extracting(d -> d.opportunity().id()).containsExactly(s.opportunity());
        assertThat(waiting.getFirst().timeline()).extracting(t -> t.kind())
                .containsExactly(StepKind.SHORTLISTED, StepKind.SHARED, StepKind.INTERESTED);
        assertThatThrownBy(() -> portal.interested(s.participant(), s.opportunity()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void another_participants_opportunity_is_refused() {
        PortalFixture.Setup mine = fixture.shortlisted("Glazier");
        PortalFixture.Setup theirs = fixture.shortlisted("Tiler");
        pipeline.share(theirs.specialist(), theirs.opportunity(), null);

        assertThatThrownBy(() -> portal.interested(mine.participant(), theirs.opportunity()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(pipeline.details(theirs.specialist(), theirs.opportunity()).opportunity().stage())
                .isEqualTo(Stage.SHARED);
        assertThat(portal.home(mine.participant())).isEmpty();
    }

    @Test
    void a_shortlisted_but_unshared_vacancy_stays_hidden_and_other_roles_have_no_home() {
        PortalFixture.Setup s = fixture.shortlisted("Roofer");
        assertThat(portal.home(s.participant())).isEmpty();
        assertThatThrownBy(() -> portal.home(s.specialist())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> portal.home(data.user(Role.PARTICIPANT))).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("not linked");
    }

    @Test
    void interest_in_a_vacancy_found_by_browsing_starts_at_interested_for_the_specialist() {
        PortalFixture.Setup s = fixture.shortlisted("Potter");
        long other = vacancies.submit(data.employer("Kiln Ltd"), null, TestData.validDraft("Kiln operator",
                LocalDate.now(clock)));
        vacancies.publish(s.specialist(), other);
        index.catchUp();

        MyOpportunity o = portal.interestedInVacancy(s.participant(), other);

        assertThat(o.stage()).isEqualTo(Stage.INTERESTED);
        assertThat(pipeline.waitingInterested(s.specialist())).extracting(d -> d.vacancyTitle())
                .containsExactly("Kiln operator");
        // Saying it twice changes nothing.
        assertThat(portal.interestedInVacancy(s.participant(), other).opportunityId()).isEqualTo(o.opportunityId());
        assertThat(pipeline.details(s.specialist(), o.opportunityId()).timeline()).hasSize(1);
    }

    @Test
    void portal_access_is_given_once() {
        PortalFixture.Setup s = fixture.shortlisted("Joiner");
        assertThatThrownBy(() -> participants.inviteToPortal(s.specialist(), s.participantId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("account", "Jamie already has portal access"));
    }
}
