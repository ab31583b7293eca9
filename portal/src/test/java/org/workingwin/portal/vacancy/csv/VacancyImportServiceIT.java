package org.workingwin.portal.vacancy.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyFilter;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.VacancyStatus;

/** Preview, import and export of an employer's vacancy spreadsheet on a real database. */
@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class VacancyImportServiceIT {

    private static final String HEADER = "title,description,occupation_code,occupation_title,postcode,work_mode,"
            + "hours_min,hours_max,patterns,contract_type,pay_min,pay_max,pay_period,closing_date,positions,"
            + "adjustments,demands\r\n";

    @Inject
    VacancyImportService imports;
    @Inject
    VacancyService vacancies;
    @Inject
    EmployerService employers;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private String row(String title, LocalDate closing) {
        return title + ",\"Cleaning offices, evenings\",9223,Cleaners and domestics,S1 2HE,on site,16,24,evenings,permanent,12.21,,"
                + "hour," + closing + ",1,flexible_start: from 5pm; frequent_breaks,\r\n";
    }

    private byte[] file(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ImportJob finished(ImportJob job) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (job.state() == ImportJob.State.RUNNING && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        return job;
    }

    private long count(SignedInUser employer) {
        return vacancies.countOrganisationVacancies(employer, new VacancyFilter(java.util.EnumSet.allOf(VacancyStatus.class), ""));
    }

    @Test
    void the_preview_checks_every_row_as_the_editor_would_and_saves_nothing() {
        SignedInUser employer = data.employer("Preview Cleaning Ltd");
        ImportPreview preview = imports.preview(employer, file(
                row("Office cleaner", today().plusDays(10)),
                row("Late cleaner", today().minusDays(1)),
                "Window cleaner,Windows,0000,Cleaners,ZZ9 9ZZ,remote,16,24,days,temporary,,,,"
                        + today().plusDays(5) + ",1,teleporter,\r\n"));

        assertThat(preview.rows()).extracting(ImportPreview.Row::number).containsExactly(2, 3, 4);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems())
                .containsExactly(Map.entry("closing_date", "The closing date must be today or later"));
        assertThat(preview.rows().get(2).problems()).containsOnlyKeys("occupation_code", "postcode", "adjustments");
        assertThat(preview.rows().get(2).problems().get("occupation_code"))
                .isEqualTo("Use a SOC 2020 unit group code, like 7111, or leave it empty (not \"0000\")");
        assertThat(preview.rows().get(2).problems().get("adjustments")).isEqualTo("Unknown adjustment: teleporter");
        assertThat(preview.ready()).isFalse();
        assertThatThrownBy(() -> imports.start(employer, preview, false)).isInstanceOf(NotAllowedException.class)
                .hasMessage("Fix the rows with problems in your file and upload it again first");
        assertThat(count(employer)).isZero();
    }

    @Test
    void two_thousand_rows_import_as_drafts_with_progress_into_the_employers_own_organisation_only()
            throws Exception {
        SignedInUser employer = data.employer("Many Vacancies Ltd");
        SignedInUser other = data.employer("Bystander Ltd");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            rows.add(row("Cleaner " + i, today().plusDays(30)));
        }
        ImportPreview preview = imports.preview(employer, file(rows.toArray(String[]::new)));
        assertThat(preview.ready()).isTrue();

        ImportJob job = finished(imports.start(employer, preview, false));

        assertThat(job.state()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(job.saved()).isEqualTo(2_000);
        assertThat(job.fraction()).isEqualTo(1.0);
        assertThat(job.ids()).hasSize(2_000);
        assertThat(count(employer)).isEqualTo(2_000);
        assertThat(count(other)).isZero();
        var first = vacancies.details(employer, job.ids().getFirst());
        assertThat(first.vacancy().title()).isEqualTo("Cleaner 1");
        assertThat(first.vacancy().status()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(first.adjustments()).extracting(a -> a.code() + "=" + a.note())
                .containsExactly("flexible_start=from 5pm", "frequent_breaks=null");
    }

    @Test
    void sending_for_checks_needs_a_confirmed_address_and_a_refused_import_saves_nothing() throws Exception {
        SignedInUser unconfirmed = employers.register(new EmployerRegistration("Unconfirmed Ltd", "Retail",
                SizeBand.SMALL, "S1 2HE", DisabilityConfidentLevel.COMMITTED, "Una Employer",
                TestData.uniqueEmail("unconfirmed"), null, TestData.PASSWORD));
        ImportPreview preview = imports.preview(unconfirmed, file(row("Cleaner", today().plusDays(9))));

        ImportJob refused = finished(imports.start(unconfirmed, preview, true));
        assertThat(refused.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(refused.failure()).isEqualTo(VacancyService.EMAIL_NOT_CONFIRMED);
        assertThat(count(unconfirmed)).isZero();

        SignedInUser confirmed = data.employer("Confirmed Ltd");
        ImportJob sent = finished(imports.start(confirmed, imports.preview(confirmed, file(row("Cleaner",
                today().plusDays(9)))), true));
        assertThat(sent.state()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(vacancies.details(confirmed, sent.ids().getFirst()).vacancy().status())
                .isEqualTo(VacancyStatus.SUBMITTED);
    }

    @Test
    void only_employers_preview_import_and_export() {
        for (Role role : List.of(Role.SPECIALIST, Role.ADMIN, Role.PARTICIPANT)) {
            SignedInUser user = data.user(role);
            assertThatThrownBy(() -> imports.preview(user, file(row("Cleaner", today().plusDays(9)))))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> imports.writeOwnVacancies(user, new StringWriter()))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void the_export_writes_every_vacancy_in_the_template_columns_safely_and_imports_again() {
        SignedInUser employer = data.employer("Export Ltd");
        long id = vacancies.save(employer, null, TestData.validDraft("=HYPERLINK(\"x\")", today()));
        long second = vacancies.submit(employer, null, TestData.validDraft("Baker", today()));
        StringWriter out = new StringWriter();
        imports.writeOwnVacancies(employer, out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFreference,status," + HEADER.strip());
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(id + ",Draft,\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(lines[2]).startsWith(second + ",Waiting for checks,Baker,");

        ImportPreview again = imports.preview(employer, out.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(again.unusedColumns()).containsExactly("reference", "status");
        assertThat(again.ready()).isTrue();
        assertThat(again.drafts()).containsExactly(
                VacancyService.toDraft(vacancies.details(employer, id)),
                VacancyService.toDraft(vacancies.details(employer, second)));
    }
}
