package org.workingwin.portal.vacancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.vacancy.VacancyFilter;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.csv.ImportPreview;

class ImportVacanciesViewTest extends ViewTest {

    private static final String HEADER = "title,description,occupation_title,postcode,work_mode,hours_min,hours_max,"
            + "patterns,contract_type,closing_date,positions\r\n";

    private String row(String title, LocalDate closing) {
        return title + ",Washing up and helping the cooks,Kitchen assistants,S1 2HE,on site,16,24,days,permanent,"
                + closing + ",1\r\n";
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rows_with_problems_are_listed_and_hold_back_the_import() {
        signInAs(bean(TestData.class).employer("Preview Kitchens"));
        LocalDate today = LocalDate.now(bean(Clock.class));
        ImportVacanciesView view = navigate(ImportVacanciesView.class);

        view.show(bytes(HEADER + row("Kitchen porter", today.plusDays(9)) + row("", today.plusDays(9))
                + row("Pot washer", today.plusDays(9)).replace("S1 2HE", "nowhere")));

        assertThat(view.summary.getText()).isEqualTo("2 of 3 rows have problems. Fix them in your spreadsheet and "
                + "upload it again; nothing has been saved.");
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.onlyProblems.getValue()).isTrue();
        assertThat(view.rows.getListDataView().getItems().map(ImportPreview.Row::problemText).toList()).containsExactly(
                "title: Enter a job title", "postcode: Enter a real postcode, like S1 2HE or DN22 7AB");
        test(view.onlyProblems).click();
        assertThat(view.rows.getListDataView().getItems().map(ImportPreview.Row::number).toList())
                .containsExactly(2, 3, 4);
    }

    @Test
    void a_file_with_no_problems_imports_with_progress_and_says_so() throws Exception {
        SignedInUser employer = bean(TestData.class).employer("Import Kitchens");
        signInAs(employer);
        LocalDate today = LocalDate.now(bean(Clock.class));
        ImportVacanciesView view = navigate(ImportVacanciesView.class);
        view.show(bytes(HEADER + row("Kitchen porter", today.plusDays(9)) + row("Pot washer", today.plusDays(9))
                + "\r\n"));
        assertThat(view.summary.getText()).isEqualTo("2 vacancies ready to import.");
        assertThat(view.importButton.getText()).isEqualTo("Import 2 vacancies");

        test(view.importButton).click();
        assertThat(view.importButton.isEnabled()).isFalse();
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until && !view.progressText.getText().startsWith("Imported")) {
            Thread.sleep(50);
            view.showProgress();
        }

        assertThat(view.progressText.getText()).isEqualTo("Imported 2 vacancies as drafts.");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(bean(VacancyService.class).organisationVacancies(employer, VacancyFilter.all(), 0, 10))
                .extracting(v -> v.title()).containsExactlyInAnyOrder("Kitchen porter", "Pot washer");
    }

    @Test
    void a_file_that_is_not_the_template_is_explained() {
        signInAs(bean(TestData.class).employer("Wrong File Ltd"));
        ImportVacanciesView view = navigate(ImportVacanciesView.class);

        view.show(bytes("name,email\r\nAna,ana@example.org\r\n"));

        assertThat(view.summary.getText()).isEqualTo("The first row must name the columns; these are missing: "
                + "title, description, occupation_title, postcode, work_mode, hours_min, hours_max, patterns, "
                + "contract_type, closing_date, positions. Start from the template, which has them all. "
                + "Nothing has been saved.");
        assertThat(view.preview.getChildren().toList()).doesNotContain(view.importButton);
    }
}
