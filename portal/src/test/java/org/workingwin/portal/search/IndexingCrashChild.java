package org.workingwin.portal.search;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.Map;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * The process that {@link IndexCrashIT} kills with SIGKILL: it keeps changing vacancies and rebuilding
 * the index on one database and index folder, so the kill lands in the middle of indexing.
 */
public final class IndexingCrashChild {

    private IndexingCrashChild() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = Map.of("datasources.default.url", args[0],
                "portal.index.folder", args[1], "portal.index.participants-folder", args[2],
                "portal.index.poll-interval", "20ms");
        ApplicationContext context = ApplicationContext.run(properties, "test");
        TestData data = context.getBean(TestData.class);
        VacancyService vacancies = context.getBean(VacancyService.class);
        VacancyIndexService index = context.getBean(VacancyIndexService.class);
        SignedInUser employer = data.employer("Crash Ltd");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            long id = vacancies.submit(employer, null, TestData.validDraft("Crash job " + i, LocalDate.now()));
            vacancies.publish(specialist, id);
            if (i % 3 == 0) {
                vacancies.close(employer, id);
            }
            if (i % 10 == 0) {
                index.rebuild();
            }
        }
    }
}
