package org.workingwin.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.audit.Channel;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.PlanInput;
import org.workingwin.portal.plan.ReviewInput;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * The health-data audit trail on a real database. The server runs (on a free port) so an API read is
 * recorded against its endpoint exactly as a client's call would be; the view routes are covered by
 * HealthAuditViewTest, which navigates in a browserless UI.
 */
@MicronautTest(transactional = false)
@Tag("database")
@Property(name = "micronaut.server.port", value = "-1")
class HealthAuditIT {

    private static final String RECORD = "view specialist/participants/record";
    private static final String EDITOR = "view specialist/participants/edit";

    @Inject
    HealthAudit audit;
    @Inject
    ParticipantService participants;
    @Inject
    PipelineService pipeline;
    @Inject
    EmploymentPlanService plans;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService index;
    @Inject
    ApiTokenService tokens;
    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private static String reference() {
        return "WW-AUD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ParticipantInput profile(String reference, Map<String, String> needs) {
        return TestData.profile(reference, "Robin", "Hale", "shop assistant", "S1 4AB", needs);
    }

    private List<AuditLine> linesOf(SignedInUser admin, long participant) {
        return audit.search(admin, new AuditFilter(String.valueOf(participant), null, null, null, null), 0, 50);
    }

    @Test
    void opening_a_record_and_editing_its_needs_are_recorded_with_who_what_and_which_view() {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser admin = data.user(Role.ADMIN);
        String reference = reference();
        long id = Channel.during(EDITOR, () -> participants.create(specialist, profile(reference,
                Map.of("fatigue", "MUST_HAVE"))));
        Channel.during(RECORD, () -> {
            participants.details(specialist, id);
            participants.history(specialist, id);
        });
        Channel.during(EDITOR, () -> {
            participants.input(specialist, id);
            participants.update(specialist, id, participants.version(specialist, id), profile(reference, Map.of("fatigue", "WOULD_HELP")));
            // Saved again with the same needs: nothing about health changed, so no CHANGE line.
            participants.update(specialist, id, participants.version(specialist, id), profile(reference, Map.of("fatigue", "WOULD_HELP")));
        });

        assertThat(linesOf(admin, id)).extracting(AuditLine::who, AuditLine::role, AuditLine::action, AuditLine::what,
                AuditLine::participantId, AuditLine::via).containsExactly(
                tuple("Test SPECIALIST", "SPECIALIST", HealthAction.CHANGE, "needs and notes", id, EDITOR),
                tuple("Test SPECIALIST", "SPECIALIST", HealthAction.READ, "needs and notes", id, EDITOR),
                tuple("Test SPECIALIST", "SPECIALIST", HealthAction.READ, "history", id, RECORD),
                tuple("Test SPECIALIST", "SPECIALIST", HealthAction.READ, "needs and notes", id, RECORD),
                tuple("Test SPECIALIST", "SPECIALIST", HealthAction.CHANGE, "needs and notes", id, EDITOR));
    }

    @Test
    void an_api_read_with_a_token_is_recorded_against_the_endpoint() throws Exception {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser admin = data.user(Role.ADMIN);
        long id = participants.create(specialist, profile(reference(), Map.of("fatigue", "MUST_HAVE")));
        String token = tokens.create(specialist, "audit test").secret();

        HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/v1/participants/" + id))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(linesOf(admin, id).getFirst()).extracting(AuditLine::who, AuditLine::action, AuditLine::what,
                AuditLine::via).containsExactly("Test SPECIALIST", HealthAction.READ, "needs and notes",
                "GET /api/v1/participants/{id}");
    }

    @Test
    void an_employer_shown_shared_needs_after_an_offer_is_recorded_as_a_disclosure() {
        LocalDate today = LocalDate.now(clock);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser employer = data.employer("Audit Ltd");
        long vacancy = vacancies.submit(employer, null, TestData.validDraft("Audit assistant", today));
        vacancies.publish(specialist, vacancy);
        long id = participants.create(specialist, profile(reference(), Map.of("concentration", "MUST_HAVE"))
                .withRecord("robin@example.org", null, "EMAIL", true, false, "LOOKING", null,
                        Map.of("concentration", "Shared note"), List.of("concentration")));
        index.catchUp();
        long opportunity = pipeline.shortlist(specialist, id, vacancy, null);
        pipeline.recordInterest(specialist, opportunity, null);
        pipeline.introduce(specialist, opportunity, Set.of(), "Meet Robin");
        AuditFilter disclosures = new AuditFilter(String.valueOf(id), null, HealthAction.DISCLOSE, null, null);

        Channel.during("view employer/introductions", () -> pipeline.introductions(employer, null));
        assertThat(audit.count(admin, disclosures)).isZero();
        pipeline.recordOffer(specialist, opportunity, null);
        Channel.during("view employer/introductions", () -> pipeline.introductions(employer, null));

        assertThat(audit.search(admin, disclosures, 0, 10)).extracting(AuditLine::who, AuditLine::role,
                AuditLine::what, AuditLine::via).containsExactly(tuple("Erin Employer", "EMPLOYER",
                "disclosed needs to employer", "view employer/introductions"));
    }

    @Test
    void the_plans_health_notes_are_recorded_and_pipeline_work_that_shows_only_the_name_is_not() {
        LocalDate today = LocalDate.now(clock);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser employer = data.employer("Quiet Audit Ltd");
        long vacancy = vacancies.submit(employer, null, TestData.validDraft("Quiet audit assistant", today));
        vacancies.publish(specialist, vacancy);
        long id = participants.create(specialist, profile(reference(), Map.of()));
        index.catchUp();
        int before = linesOf(admin, id).size();

        long opportunity = pipeline.shortlist(specialist, id, vacancy, "Near home");
        pipeline.share(specialist, opportunity, null);
        pipeline.details(specialist, opportunity);
        pipeline.forParticipant(specialist, id);
        assertThat(linesOf(admin, id)).as("no health data was read").hasSize(before);

        Channel.during("view specialist/participants/plan", () -> {
            plans.save(specialist, id, new PlanInput("Shop work", "Retail", "Weekly calls with the CMHT", null, null,
                    null, null, "Visit two shops", today));
            plans.plan(specialist, id);
            plans.recordReview(specialist, id, new ReviewInput(today, "Sleeping better", null, today.plusDays(30)));
            plans.reviews(specialist, id);
            plans.history(specialist, id);
        });

        assertThat(linesOf(admin, id).subList(0, 5)).extracting(AuditLine::action, AuditLine::what, AuditLine::via)
                .containsExactly(
                        tuple(HealthAction.READ, "employment plan history", "view specialist/participants/plan"),
                        tuple(HealthAction.READ, "review meeting notes", "view specialist/participants/plan"),
                        tuple(HealthAction.CHANGE, "review meeting notes", "view specialist/participants/plan"),
                        tuple(HealthAction.READ, "employment plan and health team", "view specialist/participants/plan"),
                        tuple(HealthAction.CHANGE, "employment plan and health team",
                                "view specialist/participants/plan"));
    }

    @Test
    void an_administrator_filters_by_participant_reference_person_action_and_dates() {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser admin = data.user(Role.ADMIN);
        String reference = reference();
        long id = participants.create(specialist, profile(reference, Map.of("fatigue", "MUST_HAVE")));
        participants.details(specialist, id);
        participants.profile(admin, id);
        LocalDate today = LocalDate.now(clock);

        assertThat(audit.search(admin, new AuditFilter(reference, null, HealthAction.READ, null, null), 0, 10))
                .extracting(AuditLine::who, AuditLine::what, AuditLine::via).containsExactly(
                        tuple("Test ADMIN", "matching profile", Channel.SYSTEM),
                        tuple("Test SPECIALIST", "needs and notes", Channel.SYSTEM));
        assertThat(audit.count(admin, new AuditFilter(" " + reference + " ", null, HealthAction.CHANGE, null, null)))
                .isEqualTo(1);
        assertThat(audit.search(admin, new AuditFilter(reference, admin.email(), null, null, null), 0, 10))
                .extracting(AuditLine::what).containsExactly("matching profile");
        assertThat(audit.count(admin, new AuditFilter(reference, null, null, today.minusDays(1), today.plusDays(1))))
                .isEqualTo(3);
        assertThat(audit.count(admin, new AuditFilter(reference, null, null, today.plusDays(2), null))).isZero();
        assertThat(audit.count(admin, new AuditFilter(reference, null, null, null, today.minusDays(2)))).isZero();
        assertThat(audit.count(admin, new AuditFilter("WW-NO-SUCH", null, null, null, null))).isZero();
        assertThat(audit.search(admin, new AuditFilter(reference, "nobody@example.org", null, null, null), 0, 10))
                .isEmpty();
        // Paging: the second line alone.
        assertThat(audit.search(admin, new AuditFilter(reference, null, null, null, null), 1, 1))
                .extracting(AuditLine::what).containsExactly("needs and notes");
    }

    @Test
    void only_administrators_may_read_the_trail() {
        for (Role role : List.of(Role.SPECIALIST, Role.EMPLOYER, Role.PARTICIPANT)) {
            SignedInUser someone = data.user(role);
            assertThatThrownBy(() -> audit.search(someone, AuditFilter.ANY, 0, 10))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> audit.count(someone, AuditFilter.ANY)).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void the_repository_has_no_way_to_change_or_delete_a_line() {
        List<String> methods = Arrays.stream(HealthAuditRepository.class.getMethods()).map(Method::getName)
                .sorted().toList();

        assertThat(methods).containsExactly("countMatching", "findMatching", "save");
        assertThat(methods).noneMatch(m -> m.startsWith("update") || m.startsWith("delete")
                || m.startsWith("remove") || m.startsWith("merge"));
        assertThat(HealthAuditRepository.class.getInterfaces())
                .containsExactly(io.micronaut.data.repository.GenericRepository.class);
    }
}
