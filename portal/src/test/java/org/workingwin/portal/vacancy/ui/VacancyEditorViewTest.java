package org.workingwin.portal.vacancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.vacancy.VacancyFilter;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.VacancyStatus;
import org.workingwin.portal.vacancy.Vacancy;

class VacancyEditorViewTest extends ViewTest {

    private void fillValid(VacancyForm form) {
        LocalDate today = LocalDate.now(bean(Clock.class));
        form.write(TestData.validDraft("Florist", today), code -> java.util.Optional.empty());
    }

    @Test
    void a_failed_save_shows_the_message_at_the_field_and_keeps_what_was_typed() {
        signInAs(bean(TestData.class).employer("View Flowers"));
        VacancyEditorView view = navigate(VacancyEditorView.class);
        fillValid(view.form);
        test(view.form.postcode).setValue("S1 2H");
        test(view.form.hoursMin).setValue(40.0);
        test(view.form.adjustmentNotes.get("flexible_start")).setValue("Any time before 10am");

        test(view.form.submit).click();

        assertThat(view.form.postcode.isInvalid()).isTrue();
        assertThat(view.form.postcode.getErrorMessage()).isEqualTo("Enter a real postcode, like S1 2HE or DN22 7AB");
        assertThat(view.form.hoursMin.getErrorMessage()).isEqualTo("The fewest hours cannot be more than the most hours");
        assertThat(view.form.title.isInvalid()).isFalse();
        assertThat(view.form.title.getValue()).isEqualTo("Florist");
        assertThat(view.form.postcode.getValue()).isEqualTo("S1 2H");
        assertThat(view.form.adjustmentNotes.get("flexible_start").getValue()).isEqualTo("Any time before 10am");
    }

    @Test
    void submitting_a_valid_vacancy_sends_it_for_checks_with_its_adjustments() {
        SignedInUser employer = bean(TestData.class).employer("Submit Flowers");
        signInAs(employer);
        VacancyEditorView view = navigate(VacancyEditorView.class);
        fillValid(view.form);
        test(view.form.adjustments.get("flexible_start")).click();
        test(view.form.adjustments.get("lifting_aids")).click();

        test(view.form.submit).click();

        VacancyService vacancies = bean(VacancyService.class);
        Vacancy saved = vacancies.organisationVacancies(employer, VacancyFilter.all(), 0, 10).getFirst();
        assertThat(saved.status()).isEqualTo(VacancyStatus.SUBMITTED);
        assertThat(vacancies.details(employer, saved.id()).adjustments())
                .extracting(a -> a.code()).containsExactlyInAnyOrder("quiet_workspace", "lifting_aids");
        assertThat(view.form.postcode.isInvalid()).isFalse();
    }

    @Test
    void the_form_shows_a_saved_vacancy_exactly_as_it_was_typed() {
        SignedInUser employer = bean(TestData.class).employer("Round Trip Ltd");
        signInAs(employer);
        LocalDate today = LocalDate.now(bean(Clock.class));
        long id = bean(VacancyService.class).save(employer, null, TestData.validDraft("Round trip", today));

        VacancyEditorView view = navigate(VacancyEditorView.class, id);

        assertThat(view.form.read()).isEqualTo(TestData.validDraft("Round trip", today));
        assertThat(view.form.occupation.getValue().label()).isEqualTo("7111 Sales and retail assistants");
    }

    @Test
    void a_save_after_someone_else_saved_keeps_the_typed_values_and_says_what_happened() {
        SignedInUser employer = bean(TestData.class).employer("Conflict Flowers");
        signInAs(employer);
        LocalDate today = LocalDate.now(bean(Clock.class));
        VacancyService vacancies = bean(VacancyService.class);
        long id = vacancies.save(employer, null, TestData.validDraft("Florist", today));
        VacancyEditorView view = navigate(VacancyEditorView.class, id);
        vacancies.save(employer, id, vacancies.details(employer, id).vacancy().version(),
                TestData.validDraft("Their florist", today));
        test(view.form.title).setValue("My florist");
        test(view.form.hoursMin).setValue(12.0);

        test(view.form.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.text())
                .isEqualTo("Someone else changed this vacancy while you were editing it. Your changes are still in"
                        + " the form: check them against the latest version and save again.");
        assertThat(view.form.title.getValue()).isEqualTo("My florist");
        assertThat(view.form.hoursMin.getValue()).isEqualTo(12.0);
        assertThat(vacancies.details(employer, id).vacancy().title()).isEqualTo("Their florist");

        test(view.conflict.keepMineButton()).click();
        test(view.form.save).click();

        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(vacancies.details(employer, id).vacancy().title()).isEqualTo("My florist");
    }

    @Test
    void starting_again_from_their_version_loads_it_into_the_form() {
        SignedInUser employer = bean(TestData.class).employer("Conflict Reload Ltd");
        signInAs(employer);
        LocalDate today = LocalDate.now(bean(Clock.class));
        VacancyService vacancies = bean(VacancyService.class);
        long id = vacancies.save(employer, null, TestData.validDraft("Baker", today));
        VacancyEditorView view = navigate(VacancyEditorView.class, id);
        vacancies.save(employer, id, vacancies.details(employer, id).vacancy().version(),
                TestData.validDraft("Their baker", today));
        test(view.form.title).setValue("My baker");
        test(view.form.submit).click();

        test(view.conflict.useTheirsButton()).click();

        assertThat(view.form.title.getValue()).isEqualTo("Their baker");
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(vacancies.details(employer, id).vacancy().status()).isEqualTo(VacancyStatus.DRAFT);
    }
}
