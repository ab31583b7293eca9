package org.workingwin.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.JobStart;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyService;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class ReportServiceIT {

    @Inject
    ReportService reports;
    @Inject
    PipelineService pipeline;
    @Inject
    ParticipantService participants;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService index;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long published(SignedInUser employer, SignedInUser specialist, String title, String postcode) {
        long id = vacancies.submit(employer, null, TestData.withPostcode(TestData.validDraft(title, today()), postcode));
        vacancies.publish(specialist, id);
        return id;
    }

    private void toJobStart(SignedInUser specialist, long participant, long vacancy) {
        long id = pipeline.shortlist(specialist, participant, vacancy, null);
        pipeline.share(specialist, id, null);
        pipeline.recordInterest(specialist, id, null);
        pipeline.introduce(specialist, id, Set.of(), "Introducing");
        pipeline.recordInterview(specialist, id, today(), null);
        pipeline.recordOffer(specialist, id, null);
        pipeline.recordJobStart(specialist, id, new JobStart(today(), 20.0, new BigDecimal("12.50"), PayPeriod.HOUR), null);
    }

    private static Report report(List<Report> all, String key) {
        return all.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static Map<String, Long> bars(Report report) {
        return report.chart().stream().collect(Collectors.toMap(Report.Bar::label, Report.Bar::value, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Test
    void a_specialist_sees_the_funnel_job_starts_and_needs_of_their_own_caseload_only() {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser other = data.user(Role.SPECIALIST);
        SignedInUser employer = data.employer("Report Ltd");
        long sheffield = published(employer, specialist, "Report assistant", "S1 2HE");
        long barnsley = published(employer, specialist, "Report clerk", "S70 2TA");
        long ana = participants.create(specialist, TestData.profile("WW-RA", "Ana", "Reed", "assistant", "S1 4AB",
                Map.of("concentration", "MUST_HAVE")));
        long ben = participants.create(specialist, TestData.profile("WW-RB", "Ben", "Reed", "assistant", "S1 4AB",
                Map.of("fatigue", "WOULD_HELP")));
        index.catchUp();
        toJobStart(specialist, ana, sheffield);
        toJobStart(specialist, ben, barnsley);
        pipeline.dismiss(specialist, ben, sheffield, "Too far for Ben");

        List<Report> mine = reports.reports(specialist);

        assertThat(mine).extracting(Report::key).containsExactly("funnel", "job-starts-by-month", "job-starts-by-area",
                "ips", "adjustments-offered", "adjustments-needed");
        assertThat(bars(report(mine, "funnel"))).containsExactly(Map.entry("Suggested and acted on", 3L),
                Map.entry("Shortlisted", 2L), Map.entry("Shared with the participant", 2L),
                Map.entry("Participant interested", 2L), Map.entry("Introduced to the employer", 2L),
                Map.entry("Interview", 2L), Map.entry("Offer", 2L), Map.entry("Job start", 2L));
        Report byMonth = report(mine, "job-starts-by-month");
        assertThat(byMonth.chart()).hasSize(12);
        assertThat(byMonth.chart().get(11)).isEqualTo(new Report.Bar(
                DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK).format(YearMonth.from(today())), 2));
        assertThat(byMonth.chart().subList(0, 11)).extracting(Report.Bar::value).containsOnly(0L);
        assertThat(byMonth.summary()).isEqualTo("Job starts for your caseload in the last 12 months: 2 in all.");
        assertThat(bars(report(mine, "job-starts-by-area"))).containsExactly(Map.entry("Barnsley", 1L),
                Map.entry("Sheffield", 1L));
        assertThat(bars(report(mine, "adjustments-needed"))).containsExactly(
                Map.entry("More frequent, shorter breaks", 2L), Map.entry("Smaller tasks and adjusted deadlines", 2L),
                Map.entry("Flexible start and finish", 1L), Map.entry("Noise control", 1L),
                Map.entry("Phased start or return", 1L), Map.entry("Quiet or private workspace", 1L),
                Map.entry("Reduced hours, part-time or job share", 1L), Map.entry("Home, hybrid or remote working", 1L),
                Map.entry("Written instructions and checklists", 1L));
        assertThat(report(mine, "ips").rows()).hasSize(1);
        assertThat(report(mine, "ips").rows().get(0).subList(4, 8)).containsExactly("2", "2", "2", "2");

        List<Report> theirs = reports.reports(other);
        assertThat(bars(report(theirs, "funnel")).values()).containsOnly(0L);
        assertThat(report(theirs, "job-starts-by-area").rows()).isEmpty();
        assertThat(report(theirs, "job-starts-by-area").summary()).isEqualTo("No job starts for your caseload yet.");
        assertThat(report(theirs, "adjustments-needed").rows()).isEmpty();
    }

    @Test
    void adjustments_offered_count_published_vacancies_only() {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser employer = data.employer("Offers Ltd");
        Map<String, Long> before = bars(report(reports.reports(admin), "adjustments-offered"));

        published(employer, specialist, "Offers assistant", "S1 2HE");
        published(employer, specialist, "Offers clerk", "S1 2HE");
        vacancies.save(employer, null, TestData.validDraft("Offers draft", today()));
        Map<String, Long> after = bars(report(reports.reports(admin), "adjustments-offered"));

        // Each test vacancy offers flexible start and a quiet workspace.
        assertThat(after.get("Flexible start and finish") - before.getOrDefault("Flexible start and finish", 0L))
                .isEqualTo(2);
        assertThat(after.get("Quiet or private workspace") - before.getOrDefault("Quiet or private workspace", 0L))
                .isEqualTo(2);
    }

    @Test
    void the_csv_is_the_table_with_formulas_neutralised_and_only_staff_get_reports() {
        Report report = new Report("test", "Test", "Summary", List.of("Adjustment", "Count"),
                List.of(List.of("=HYPERLINK(\"x\")", "3"), List.of("Quiet, private", "1")), List.of());
        StringWriter out = new StringWriter();

        reports.writeCsv(report, out);

        assertThat(out.toString()).isEqualTo("Adjustment,Count\r\n\"'=HYPERLINK(\"\"x\"\")\",3\r\n\"Quiet, private\",1\r\n");
        assertThatThrownBy(() -> reports.reports(data.user(Role.EMPLOYER))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reports.reports(data.user(Role.PARTICIPANT))).isInstanceOf(NotAllowedException.class);
    }
}
