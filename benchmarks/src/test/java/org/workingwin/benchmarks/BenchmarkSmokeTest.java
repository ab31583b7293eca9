package org.workingwin.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workingwin.benchmarks.data.ProfileGenerator;
import org.workingwin.benchmarks.data.ReferenceData;
import org.workingwin.benchmarks.data.VacancyGenerator;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.matching.vacancy.VacancyIndex;

/**
 * The only test of this module, kept to a second or two so that the normal build stays fast: the
 * reference data loads, the generators are deterministic, and a small generated index answers
 * matches. The real measurements run only through bin/benchmark.
 */
class BenchmarkSmokeTest {

    private static final long SEED = 20260302L;
    private static final Taxonomy TAXONOMY = Taxonomy.loadDefault();
    private static final ReferenceData DATA = ReferenceData.load();

    @Test
    void the_reference_data_holds_every_unit_group_and_district() {
        assertThat(DATA.occupations()).hasSize(412);
        assertThat(DATA.districts()).hasSize(2864);
        assertThat(DATA.districts().stream().filter(ReferenceData.District::region)).hasSize(70);
        assertThat(DATA.skills()).hasSize(220);
    }

    @Test
    void the_same_seed_and_id_always_give_the_same_vacancy_and_profile() {
        VacancyGenerator one = new VacancyGenerator(DATA, TAXONOMY, SEED, 0.5);
        VacancyGenerator two = new VacancyGenerator(DATA, TAXONOMY, SEED, 0.5);
        ProfileGenerator profiles = new ProfileGenerator(DATA, TAXONOMY, SEED, 0.9);
        assertThat(one.vacancy(42)).isEqualTo(two.vacancy(42));
        assertThat(one.vacancy(42)).isNotEqualTo(one.vacancy(43));
        assertThat(profiles.profile(7)).isEqualTo(new ProfileGenerator(DATA, TAXONOMY, SEED, 0.9).profile(7));
    }

    @Test
    void a_thousand_generated_vacancies_answer_ten_matches_with_reasons(@TempDir Path folder) throws IOException {
        VacancyGenerator vacancies = new VacancyGenerator(DATA, TAXONOMY, SEED, 0.9);
        ProfileGenerator profiles = new ProfileGenerator(DATA, TAXONOMY, SEED, 1.0);
        List<Long> totals = new ArrayList<>();
        try (VacancyIndex index = VacancyIndex.open(folder)) {
            index.replaceAll(vacancies.vacancies(1, 1_000), new IndexCheckpoint(1, TAXONOMY.version()));
            assertThat(index.size()).isEqualTo(1_000);
            for (long id = 1; id <= 10; id++) {
                ParticipantProfile profile = profiles.profile(id);
                MatchPage page = index.match(profile, VacancyGenerator.TODAY, 0, 20);
                assertThat(page.matches()).hasSize((int) Math.min(20, page.total()));
                for (Match match : page.matches()) {
                    assertThat(match.reasons()).isNotEmpty();
                }
                totals.add(page.total());
            }
        }
        // A canary: these change only if the reference data, the generators or the engine's rules do.
        assertThat(totals).containsExactlyElementsOf(EXPECTED_TOTALS);
    }

    private static final List<Long> EXPECTED_TOTALS = List.of(4L, 96L, 31L, 52L, 23L, 206L, 332L, 338L, 32L, 2L);
}
