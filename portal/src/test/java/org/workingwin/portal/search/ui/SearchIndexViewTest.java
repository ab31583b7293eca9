package org.workingwin.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

class SearchIndexViewTest extends ViewTest {

    @Test
    void an_administrator_rebuilds_and_sees_the_progress_reach_the_database_count() throws Exception {
        TestData data = bean(TestData.class);
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser employer = data.employer("Rebuild Ltd");
        VacancyService vacancies = bean(VacancyService.class);
        for (int i = 0; i < 3; i++) {
            vacancies.publish(admin, vacancies.submit(employer, null, TestData.validDraft("Job " + i, LocalDate.now())));
        }
        signInAs(admin);
        SearchIndexView view = navigate(SearchIndexView.class);

        VacancyIndexService index = bean(VacancyIndexService.class);
        var before = index.rebuildProgress();
        test(view.rebuild).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (index.rebuildProgress() == before || index.rebuildProgress().running()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(index.rebuildProgress().done()).isEqualTo(3);
        assertThat(index.rebuildProgress().total()).isEqualTo(3);
        assertThat(index.rebuildProgress().fraction()).isEqualTo(1.0);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void a_specialist_may_not_open_the_search_index_page() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        com.vaadin.flow.component.UI.getCurrent().navigate(SearchIndexView.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
