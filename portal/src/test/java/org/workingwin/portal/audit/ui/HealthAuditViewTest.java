package org.workingwin.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.audit.AuditFilter;
import org.workingwin.portal.audit.AuditLine;
import org.workingwin.portal.audit.HealthAudit;
import org.workingwin.portal.base.audit.Channel;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.ui.ParticipantRecordView;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.ui.IntroductionsView;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/** The audit page, and the view routes the trail records when pages are opened in a (browserless) UI. */
class HealthAuditViewTest extends ViewTest {

    private static String reference() {
        return "WW-AUV-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ParticipantInput profile(String reference) {
        return TestData.profile(reference, "Robin", "Hale", "shop assistant", "S1 4AB", Map.of("fatigue", "MUST_HAVE"))
                .withRecord("robin@example.org", null, "EMAIL", true, false, "LOOKING", null,
                        Map.of("fatigue", "Mornings are hardest"), List.of("fatigue"));
    }

    private static List<AuditLine> linesOf(long participant, HealthAction action) {
        return bean(HealthAudit.class).search(bean(TestData.class).user(Role.ADMIN),
                new AuditFilter(String.valueOf(participant), null, action, null, null), 0, 50);
    }

    @Test
    void opening_a_record_is_recorded_against_the_record_page() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        long id = bean(ParticipantService.class).create(specialist, profile(reference()));
        signInAs(specialist);

        navigate(ParticipantRecordView.class, id);

        assertThat(linesOf(id, HealthAction.READ)).extracting(AuditLine::who, AuditLine::what, AuditLine::via)
                .containsExactly(tuple("Test SPECIALIST", "history", "view specialist/participants/record"),
                        tuple("Test SPECIALIST", "needs and notes", "view specialist/participants/record"));
    }

    @Test
    void an_employer_opening_introductions_after_an_offer_is_recorded_as_a_disclosure_from_that_page() {
        TestData data = bean(TestData.class);
        LocalDate today = LocalDate.now(bean(Clock.class));
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser employer = data.employer("Audit View Ltd");
        VacancyService vacancies = bean(VacancyService.class);
        PipelineService pipeline = bean(PipelineService.class);
        long vacancy = vacancies.submit(employer, null, TestData.validDraft("Audit view assistant", today));
        vacancies.publish(specialist, vacancy);
        long id = bean(ParticipantService.class).create(specialist, profile(reference()));
        bean(VacancyIndexService.class).catchUp();
        long opportunity = pipeline.shortlist(specialist, id, vacancy, null);
        pipeline.recordInterest(specialist, opportunity, null);
        pipeline.introduce(specialist, opportunity, Set.of(), "Meet Robin");
        pipeline.recordOffer(specialist, opportunity, null);
        signInAs(employer);

        navigate(IntroductionsView.class);

        assertThat(linesOf(id, HealthAction.DISCLOSE)).extracting(AuditLine::who, AuditLine::what, AuditLine::via)
                .containsExactly(tuple("Erin Employer", "disclosed needs to employer", "view employer/introductions"));
    }

    @Test
    void an_administrator_narrows_the_log_to_one_participant_and_action_newest_first() {
        TestData data = bean(TestData.class);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        ParticipantService participants = bean(ParticipantService.class);
        String reference = reference();
        // Named, or the trail would name the page the test's UI happens to be on.
        long id = Channel.during("test setup", () -> {
            long created = participants.create(specialist, profile(reference));
            participants.details(specialist, created);
            participants.history(specialist, created);
            return created;
        });
        signInAs(data.user(Role.ADMIN));

        HealthAuditView view = navigate(HealthAuditView.class);
        view.participant.setValue(reference);
        view.action.setValue(HealthAction.READ);

        var rows = test(view.grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(IntStream.range(0, 2).mapToObj(r -> IntStream.range(1, 6).mapToObj(c -> rows.getCellText(r, c))
                .toList()).toList()).containsExactly(
                List.of("Test SPECIALIST (specialist)", "Read", "history", String.valueOf(id), "test setup"),
                List.of("Test SPECIALIST (specialist)", "Read", "needs and notes", String.valueOf(id), "test setup"));
        view.action.setValue(HealthAction.CHANGE);
        assertThat(test(view.grid).size()).isEqualTo(1);
        view.participant.setValue("WW-NO-SUCH-REFERENCE");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void a_specialist_opening_the_audit_log_sees_not_allowed() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));

        UI.getCurrent().navigate(HealthAuditView.class);

        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void the_csv_download_holds_the_filtered_lines_with_formulas_neutralised() {
        String email = TestData.uniqueEmail("formula");
        SignedInUser specialist = bean(org.workingwin.portal.account.AccountService.class).create(email,
                "=HYPERLINK(\"http://evil.example\",\"Hi\")", "a long enough password 1", Role.SPECIALIST, null);
        long id = Channel.during("view specialist/participants/edit",
                () -> bean(ParticipantService.class).create(specialist, profile(reference())));
        Channel.during("view specialist/participants/record",
                () -> bean(ParticipantService.class).details(specialist, id));
        java.io.StringWriter out = new java.io.StringWriter();

        bean(HealthAudit.class).writeCsv(bean(TestData.class).user(Role.ADMIN),
                new AuditFilter(String.valueOf(id), email, HealthAction.READ, null, null), out);

        String[] rows = out.toString().split("\r\n", -1);
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).isEqualTo("When (UK time),Who,Role,Action,What,Participant record,From");
        assertThat(rows[1]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,"
                + java.util.regex.Pattern.quote("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Hi\"\")\",SPECIALIST,READ,"
                + "needs and notes," + id + ",view specialist/participants/record"));
        assertThat(rows[2]).isEmpty();
    }
}
