package org.workingwin.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

class VacancySearchViewTest extends ViewTest {

    @Test
    void hours_filters_narrow_the_results_and_bad_hours_are_reported_at_the_field() {
        TestData data = bean(TestData.class);
        SignedInUser employer = data.employer("Hours Ltd");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        VacancyService vacancies = bean(VacancyService.class);
        String word = "hrs" + UUID.randomUUID().toString().substring(0, 6);
        // TestData's vacancy is 16 to 24 hours a week.
        vacancies.publish(specialist, vacancies.submit(employer, null, TestData.validDraft(word + " clerk", LocalDate.now())));
        bean(VacancyIndexService.class).catchUp();
        VacancySearchView view = navigate(VacancySearchView.class);

        test(view.keywords).setValue(word);
        test(view.find).click();
        assertThat(view.summary.getText()).isEqualTo("1 vacancy found");
        test(view.hoursMin).setValue(30.0);
        test(view.find).click();
        assertThat(view.summary.getText()).isEqualTo("Nothing found. Try other words, a larger distance or fewer filters.");
        test(view.hoursMin).setValue(20.0);
        test(view.hoursMax).setValue(10.0);
        test(view.find).click();
        assertThat(view.hoursMin.isInvalid()).isTrue();
        assertThat(view.hoursMin.getErrorMessage()).isEqualTo("The fewest hours cannot be more than the most hours");
    }
}
