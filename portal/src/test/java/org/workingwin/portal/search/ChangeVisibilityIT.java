package org.workingwin.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Measures, with the production follow interval, how long a committed publication takes to become
 * searchable. It records p50 and p99 in target/change-visibility.txt; the only assertion is that every
 * change arrives (speed targets live in benchmarks, not in tests).
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "portal.index.poll-interval", value = "200ms")
class ChangeVisibilityIT {

    private static final int CHANGES = 40;

    @Inject
    VacancyService vacancies;
    @Inject
    VacancySearchService search;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    @Test
    void every_published_change_becomes_searchable_and_the_delay_is_recorded() throws Exception {
        SignedInUser employer = data.employer("Visible Ltd");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            String word = "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            long id = vacancies.submit(employer, null, TestData.validDraft("Clerk " + word, LocalDate.now(clock)));
            vacancies.publish(specialist, id);
            long committed = System.nanoTime();
            long deadline = committed + 10_000_000_000L;
            while (search.browse(new PublicBrowse(word, null, null, null, null, Set.of(), Set.of(), Set.of(),
                    Set.of(), BrowseSort.RELEVANCE, 0, 1)).total() != 1) {
                assertThat(System.nanoTime()).as("change %d visible within 10 s", i).isLessThan(deadline);
                Thread.sleep(2);
            }
            millis.add((System.nanoTime() - committed) / 1e6);
        }
        Collections.sort(millis);
        String report = "change-to-visible over %d publications, follow interval 200 ms: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n"
                .formatted(CHANGES, millis.get(CHANGES / 2), millis.get((int) Math.ceil(CHANGES * 0.99) - 1),
                        millis.getLast());
        Files.writeString(Path.of("target", "change-visibility.txt"), report);
        System.out.print(report);
        assertThat(millis).hasSize(CHANGES);
    }
}
