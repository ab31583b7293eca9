package org.workingwin.matching.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingwin.matching.profile.TestProfile.profile;
import static org.workingwin.matching.vacancy.TestVacancy.DONCASTER_DN1;
import static org.workingwin.matching.vacancy.TestVacancy.NOON;
import static org.workingwin.matching.vacancy.TestVacancy.ROTHERHAM_S60;
import static org.workingwin.matching.vacancy.TestVacancy.TODAY;
import static org.workingwin.matching.vacancy.TestVacancy.vacancy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.profile.ReasonKind;
import org.workingwin.matching.profile.TestProfile;
import org.workingwin.matching.taxonomy.Taxonomy;

/** Vacancies for a participant: the hard rules, the rank, paging and the reasons. */
class VacancyMatchTest {

    private ByteBuffersDirectory directory;
    private VacancyIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        directory = new ByteBuffersDirectory();
        index = new VacancyIndex(directory);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
        directory.close();
    }

    @Test
    void a_participant_without_preferences_gets_every_open_vacancy_within_reach() throws IOException {
        add(vacancy(1), vacancy(2).closing(TODAY.minusDays(1)), vacancy(3).at(DONCASTER_DN1, "DN1", "Doncaster"),
                vacancy(4).closing(TODAY));
        assertThat(ids(profile(1))).containsExactly(1L, 4L);
        assertThat(index.match(profile(1).build(), TODAY, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void excluded_vacancies_are_left_out_of_the_results_the_total_and_the_pages() throws IOException {
        add(vacancy(1), vacancy(2), vacancy(3), vacancy(4));
        MatchPage first = index.match(profile(1).build(), TODAY, java.util.Set.of(2L, 3L), 0, 1);
        MatchPage second = index.match(profile(1).build(), TODAY, java.util.Set.of(2L, 3L), 1, 1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(java.util.stream.Stream.concat(first.matches().stream(), second.matches().stream())
                .map(m -> m.vacancy().id())).containsExactly(1L, 4L);
        assertThat(index.match(profile(1).build(), TODAY, java.util.Set.of(), 0, 10).total()).isEqualTo(4);
    }

    @Test
    void a_vacancy_that_breaks_a_must_have_need_is_never_suggested_however_well_it_matches() throws IOException {
        add(vacancy(1).title("Care Assistant").occupation("6135", "Care workers and home carers").adjustments(),
                vacancy(2).adjustments("phased_start"));
        TestProfile participant = profile(1).roles("care assistant").occupations("6135").mustHave("fatigue");
        assertThat(ids(participant)).containsExactly(2L);
    }

    @Test
    void a_must_have_need_the_taxonomy_does_not_know_can_never_be_met() throws IOException {
        add(vacancy(1));
        assertThat(ids(profile(1).mustHave("telepathy"))).isEmpty();
        assertThat(ids(profile(1).wouldHelp("telepathy"))).containsExactly(1L);
    }

    @Test
    void a_demand_clashing_with_a_would_help_need_excludes_the_vacancy_unless_mitigated() throws IOException {
        add(vacancy(1).demands("night_work").adjustments(),
                vacancy(2).demands("night_work").adjustments("fixed_daytime"),
                vacancy(3).demands().adjustments());
        assertThat(ids(profile(1).wouldHelp("fatigue"))).containsExactly(2L, 3L);
        assertThat(ids(profile(1))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void an_avoided_demand_is_never_suggested_even_when_mitigated() throws IOException {
        add(vacancy(1).demands("night_work").adjustments("fixed_daytime"), vacancy(2).demands());
        assertThat(ids(profile(1).avoids("night_work"))).containsExactly(2L);
    }

    @Test
    void only_accepted_work_modes_are_suggested_and_remote_counts_as_nearest() throws IOException {
        add(vacancy(1), vacancy(2).workMode(WorkMode.HYBRID), vacancy(3).workMode(WorkMode.REMOTE));
        assertThat(ids(profile(1).modes(WorkMode.REMOTE, WorkMode.HYBRID))).containsExactly(3L, 2L);
        assertThat(ids(profile(1).modes())).isEmpty();
    }

    @Test
    void beyond_the_travel_distance_only_remote_vacancies_are_suggested() throws IOException {
        add(vacancy(1),
                vacancy(2).at(ROTHERHAM_S60, "S60", "Rotherham"),
                vacancy(3).at(DONCASTER_DN1, "DN1", "Doncaster"),
                vacancy(4).at(DONCASTER_DN1, "DN1", "Doncaster").workMode(WorkMode.REMOTE));
        assertThat(ids(profile(1).home("S10", TestProfile.SHEFFIELD_S10, 10))).containsExactly(4L, 1L);
        assertThat(ids(profile(1).home("S10", TestProfile.SHEFFIELD_S10, 12))).containsExactly(4L, 1L, 2L);
        assertThat(ids(profile(1).home(null, null, 50))).containsExactly(4L);
    }

    @Test
    void the_travel_distance_is_exact_at_its_edge() throws IOException {
        add(vacancy(1));
        double km = TestProfile.SHEFFIELD_S10.distanceKm(TestVacancy.SHEFFIELD_S1);
        assertThat(ids(profile(1).home("S10", TestProfile.SHEFFIELD_S10, km))).containsExactly(1L);
        assertThat(ids(profile(1).home("S10", TestProfile.SHEFFIELD_S10, Math.nextDown(km)))).isEmpty();
    }

    @Test
    void hours_must_overlap_when_the_participant_gives_them() throws IOException {
        add(vacancy(1).hours(16, 24), vacancy(2).hours(25, 30), vacancy(3).hours(10, 15), vacancy(4).hours(24, 24));
        assertThat(ids(profile(1).hours(15.0, 24.0))).containsExactly(1L, 3L, 4L);
        assertThat(ids(profile(1).hours(25.0, null))).containsExactly(2L);
        assertThat(ids(profile(1).hours(null, 12.0))).containsExactly(3L);
        assertThat(ids(profile(1))).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void pay_below_the_minimum_is_never_suggested_and_a_vacancy_without_pay_is() throws IOException {
        add(vacancy(1).pay(12.0, 12.5, "HOUR"),
                vacancy(2).pay(25000.0, null, "YEAR"),
                vacancy(3).pay(null, null, null),
                vacancy(4).pay(11.0, 12.49, "HOUR"),
                vacancy(5).pay(450.0, 460.0, "WEEK"));
        assertThat(ids(profile(1).minimumPay(12.5))).containsExactly(1L, 2L, 3L);
        assertThat(ids(profile(1).minimumPay(12.0))).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void the_wanted_role_ranks_the_title_first_then_its_synonym() throws IOException {
        add(vacancy(1), vacancy(2).title("Support Worker"), vacancy(3).title("Carer"), vacancy(4).title("Lorry Driver"));
        assertThat(ids(profile(1).roles("carer"))).containsExactly(3L, 2L, 1L, 4L);
    }

    @Test
    void skills_raise_vacancies_that_mention_them() throws IOException {
        add(vacancy(1), vacancy(2).description("A food hygiene certificate is essential."));
        assertThat(ids(profile(1).skills("food hygiene"))).containsExactly(2L, 1L);
    }

    @Test
    void a_wanted_occupation_a_met_need_and_a_wanted_sector_each_raise_the_rank() throws IOException {
        add(vacancy(1).adjustments(), vacancy(2).adjustments().occupation("6135", "Care workers and home carers"));
        assertThat(ids(profile(1).occupations("6135"))).containsExactly(2L, 1L);
        add(vacancy(3).adjustments("quiet_workspace"));
        assertThat(ids(profile(1).wouldHelp("concentration"))).containsExactly(3L, 1L, 2L);
        add(vacancy(4).adjustments().sector("Health"));
        assertThat(ids(profile(1).sectors("health")).get(0)).isEqualTo(4L);
    }

    @Test
    void wanted_patterns_and_contract_raise_the_rank_whatever_the_pattern_codes() throws IOException {
        add(vacancy(1).patterns("DAYS", "NIGHTS").contract("TEMPORARY"),
                vacancy(2).patterns("DAYS").contract("TEMPORARY"),
                vacancy(3).patterns("DAYS").contract("PERMANENT"),
                vacancy(4).patterns("weekdays").contract("TEMPORARY"));
        assertThat(ids(profile(1).patterns("DAYS").contracts("PERMANENT"))).containsExactly(3L, 2L, 1L, 4L);
        // A pattern code the portal does not know still counts when both sides use it.
        assertThat(ids(profile(1).patterns("weekdays"))).containsExactly(4L, 1L, 2L, 3L);
    }

    @Test
    void nearer_vacancies_rank_first_and_newer_ones_break_equal_distances() throws IOException {
        add(vacancy(1).at(ROTHERHAM_S60, "S60", "Rotherham"),
                vacancy(2),
                vacancy(3).published(NOON.minus(Duration.ofDays(3))),
                vacancy(4).published(NOON.plus(Duration.ofHours(1))));
        assertThat(ids(profile(1))).containsExactly(4L, 2L, 3L, 1L);
    }

    @Test
    void equal_scores_go_to_the_lower_id_and_paging_reaches_each_vacancy_once() throws IOException {
        List<TestVacancy> twenty = new ArrayList<>();
        for (long id = 20; id >= 1; id--) {
            twenty.add(vacancy(id));
        }
        add(twenty.toArray(TestVacancy[]::new));
        ParticipantProfile participant = profile(1).build();
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            MatchPage served = index.match(participant, TODAY, page, 6);
            assertThat(served.total()).isEqualTo(20);
            assertThat(served.pageCount()).isEqualTo(4);
            served.matches().forEach(m -> seen.add(m.vacancy().id()));
        }
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L,
                19L, 20L);
        MatchPage beyond = index.match(participant, TODAY, 1000, 6);
        assertThat(beyond.matches()).isEmpty();
        assertThat(beyond.total()).isEqualTo(20);
    }

    @Test
    void paging_is_clamped_like_a_search() throws IOException {
        add(vacancy(1));
        MatchPage page = index.match(profile(1).build(), TODAY, -3, 1000);
        assertThat(page.page()).isEqualTo(0);
        assertThat(page.pageSize()).isEqualTo(VacancySearch.MAX_PAGE_SIZE);
    }

    @Test
    void every_match_carries_its_vacancy_with_the_distance_from_home_and_its_reasons() throws IOException {
        add(vacancy(5).title("Care Assistant").description("Supporting older people. Food hygiene training given.")
                .occupation("6135", "Care workers and home carers").adjustments("flexible_start", "lifting_aids")
                .demands("heavy_lifting").hours(16, 24).pay(12.21, 12.80, "HOUR").contract("PERMANENT").patterns("DAYS"));
        TestProfile participant = profile(1).roles("carer").skills("food hygiene, welding").occupations("6135")
                .mustHave("lifting_limits").wouldHelp("fatigue", "concentration").hours(15.0, 25.0).minimumPay(12.0)
                .contracts("PERMANENT").patterns("DAYS", "EVENINGS");
        Match match = index.match(participant.build(), TODAY, 0, 10).matches().get(0);
        assertThat(match.vacancy().id()).isEqualTo(5);
        assertThat(match.vacancy().distanceKm()).isEqualTo(3.1);
        assertThat(match.score()).isPositive();
        assertThat(match.reasons()).extracting(Reason::sentence).containsExactly(
                "Title \"Care Assistant\" is another name for \"carer\"",
                "Mentions \"food hygiene\"",
                "Occupation 6135 (care workers and home carers) matches",
                "Offers lifting aids, which helps with lifting and carrying",
                "Offers flexible start and finish, which helps with fatigue",
                "Involves heavy lifting, but offers lifting aids",
                "3.1 km from S10",
                "16 to 24 hours a week fits 15 to 25",
                "Pays £12.21 to £12.80 an hour, above the minimum of £12.00",
                "Permanent contract, as wanted",
                "Days, a wanted pattern",
                "Does not offer quiet or private workspace, which would help with concentration");
        assertThat(match.reasons()).filteredOn(r -> !r.positive()).extracting(Reason::kind)
                .containsExactly(ReasonKind.NEED_NOT_MET);
    }

    @Test
    void a_skill_found_only_in_the_description_is_still_a_reason() throws IOException {
        add(vacancy(1).description("You will drive a forklift; a forklift licence is needed."));
        List<Reason> reasons = index.match(profile(1).skills("forklift licence; first aid").build(), TODAY, 0, 10)
                .matches().get(0).reasons();
        assertThat(reasons).filteredOn(r -> r.kind() == ReasonKind.SKILL).extracting(Reason::sentence)
                .containsExactly("Mentions \"forklift licence\"");
    }

    @Test
    void hostile_profile_text_never_throws_and_changes_no_rule() throws IOException {
        add(vacancy(1), vacancy(2).title("Cleaner"));
        String hostile = randomText(20_000, 3) + " (title:cleaner) AND NOT * " + "carer ".repeat(500);
        MatchPage page = index.match(profile(1).roles(hostile).skills(hostile).build(), TODAY, 0, 10);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void roles_and_skills_full_of_synonyms_stay_within_lucenes_clause_limit() throws IOException {
        add(vacancy(1).title("Carer"), vacancy(2));
        // 64 different single-word titles that all have synonyms, then more: the most a query expands.
        String manyTitles = "carer cleaner receptionist waiter gardener barista chef porter binman chambermaid "
                .repeat(7) + "carer";
        MatchPage page = index.match(profile(1).roles(manyTitles).skills(manyTitles).build(), TODAY, 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.matches().get(0).vacancy().id()).isEqualTo(1L);
        assertThat(index.search(new VacancySearch(manyTitles, null, null, TODAY, 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void need_terms_come_from_the_taxonomy_the_index_was_opened_with() throws IOException {
        Taxonomy small = Taxonomy.read(new ByteArrayInputStream("""
                {"version": 7,
                 "groups": [{"code": "schedule", "label": "Schedule"}],
                 "adjustments": [{"code": "naps", "group": "schedule", "label": "Naps", "description": "D"}],
                 "demands": [],
                 "needs": [{"code": "fatigue", "label": "Fatigue", "helpsWith": "tiredness", "metBy": ["naps"], "conflicts": []}]}
                """.getBytes(StandardCharsets.UTF_8)));
        try (ByteBuffersDirectory other = new ByteBuffersDirectory(); VacancyIndex custom = new VacancyIndex(other, small)) {
            custom.upsert(vacancy(1).adjustments("flexible_start").build());
            custom.upsert(vacancy(2).adjustments("naps").build());
            custom.commit(new IndexCheckpoint(1, 7));
            List<Match> matches = custom.match(profile(1).mustHave("fatigue").build(), TODAY, 0, 10).matches();
            assertThat(matches).extracting(m -> m.vacancy().id()).containsExactly(2L);
            assertThat(matches.get(0).reasons()).extracting(Reason::sentence).contains("Offers naps, which helps with tiredness");
        }
    }

    @Test
    void an_index_written_without_the_current_layout_reports_no_checkpoint_so_it_is_rebuilt() throws IOException {
        index.close();
        try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("outboxCursor", "5", "taxonomyVersion", "1").entrySet());
            old.commit();
        }
        index = new VacancyIndex(directory);
        assertThat(index.checkpoint()).isEmpty();
        index.commit(new IndexCheckpoint(6, 1));
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(6, 1));
    }

    private void add(TestVacancy... vacancies) throws IOException {
        for (TestVacancy v : vacancies) {
            index.upsert(v.build());
        }
        index.commit(new IndexCheckpoint(1, 1));
    }

    private List<Long> ids(TestProfile participant) throws IOException {
        return index.match(participant.build(), TODAY, 0, 50).matches().stream().map(m -> m.vacancy().id()).toList();
    }

    private static String randomText(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }
}
