package org.workingwin.matching.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workingwin.matching.profile.TestProfile.profile;
import static org.workingwin.matching.vacancy.TestVacancy.DONCASTER_DN1;
import static org.workingwin.matching.vacancy.TestVacancy.ROTHERHAM_S60;
import static org.workingwin.matching.vacancy.TestVacancy.SHEFFIELD_S1;
import static org.workingwin.matching.vacancy.TestVacancy.TODAY;
import static org.workingwin.matching.vacancy.TestVacancy.vacancy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workingwin.matching.profile.ParticipantProfile;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.profile.TestProfile;
import org.workingwin.matching.vacancy.IndexCheckpoint;
import org.workingwin.matching.vacancy.IndexedVacancy;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.matching.vacancy.TestVacancy;
import org.workingwin.matching.vacancy.VacancyIndex;
import org.workingwin.matching.vacancy.WorkMode;

/** Participants for a vacancy: the life cycle, the same hard rules seen from the vacancy, rank and reasons. */
class ParticipantIndexTest {

    private static final IndexCheckpoint FIRST = new IndexCheckpoint(3, 1);

    private ByteBuffersDirectory directory;
    private ParticipantIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        directory = new ByteBuffersDirectory();
        index = new ParticipantIndex(directory);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
        directory.close();
    }

    @Test
    void upsert_replaces_delete_removes_and_the_checkpoint_survives_a_reopen() throws IOException {
        add(profile(1), profile(2));
        add(profile(1).roles("cleaner"));
        index.delete(2);
        index.delete(99);
        index.commit(new IndexCheckpoint(8, 1));
        assertThat(index.size()).isEqualTo(1);
        index.close();
        index = new ParticipantIndex(directory);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(8, 1));
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void a_new_index_has_no_checkpoint_and_uncommitted_changes_are_dropped_on_close() throws IOException {
        assertThat(index.checkpoint()).isEmpty();
        index.upsert(profile(1).build());
        index.refresh();
        assertThat(index.size()).isEqualTo(1);
        index.close();
        index = new ParticipantIndex(directory);
        assertThat(index.size()).isEqualTo(0);
    }

    @Test
    void replace_all_swaps_everything_and_a_failed_one_keeps_the_last_commit() throws IOException {
        add(profile(1), profile(2));
        index.replaceAll(List.of(profile(3).build()), new IndexCheckpoint(9, 1));
        assertThat(ids(vacancy(1))).containsExactly(3L);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(9, 1));
        Iterable<ParticipantProfile> failing = () -> new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ParticipantProfile next() {
                if (served++ == 0) {
                    return profile(4).build();
                }
                throw new IllegalStateException("database went away");
            }
        };
        assertThatThrownBy(() -> index.replaceAll(failing, new IndexCheckpoint(10, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("database went away");
        index.refresh();
        assertThat(ids(vacancy(1))).containsExactly(3L);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(9, 1));
    }

    @Test
    void an_index_on_disk_opens_again_with_its_profiles(@TempDir Path folder) throws IOException {
        try (ParticipantIndex onDisk = ParticipantIndex.open(folder)) {
            onDisk.upsert(profile(5).roles("carer").build());
            onDisk.commit(FIRST);
        }
        try (ParticipantIndex onDisk = ParticipantIndex.open(folder)) {
            assertThat(onDisk.checkpoint()).contains(FIRST);
            assertThat(onDisk.candidates(vacancy(1).build(), TODAY, 0, 10).candidates())
                    .extracting(Candidate::participantId).containsExactly(5L);
        }
    }

    @Test
    void a_closed_vacancy_has_no_candidates() throws IOException {
        add(profile(1));
        CandidatePage page = index.candidates(vacancy(1).closing(TODAY.minusDays(1)).build(), TODAY, 0, 10);
        assertThat(page.total()).isEqualTo(0);
        assertThat(page.candidates()).isEmpty();
        assertThat(ids(vacancy(1).closing(TODAY))).containsExactly(1L);
    }

    @Test
    void only_participants_accepting_the_work_mode_are_candidates() throws IOException {
        add(profile(1).modes(WorkMode.ON_SITE), profile(2).modes(WorkMode.REMOTE), profile(3).modes());
        assertThat(ids(vacancy(1))).containsExactly(1L);
        assertThat(ids(vacancy(1).workMode(WorkMode.REMOTE))).containsExactly(2L);
    }

    @Test
    void each_participant_is_limited_by_their_own_travel_distance_unless_the_work_is_remote() throws IOException {
        add(profile(1).home("S10", TestProfile.SHEFFIELD_S10, 2),
                profile(2).home("S10", TestProfile.SHEFFIELD_S10, 5),
                profile(3).home("S10", TestProfile.SHEFFIELD_S10, 40),
                profile(4).home(null, null, 40));
        assertThat(ids(vacancy(1))).containsExactly(2L, 3L);
        assertThat(ids(vacancy(1).at(ROTHERHAM_S60, "S60", "Rotherham"))).containsExactly(3L);
        assertThat(ids(vacancy(1).at(DONCASTER_DN1, "DN1", "Doncaster").workMode(WorkMode.REMOTE)))
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void the_travel_distance_is_exact_at_its_edge() throws IOException {
        double km = TestProfile.SHEFFIELD_S10.distanceKm(SHEFFIELD_S1);
        add(profile(1).home("S10", TestProfile.SHEFFIELD_S10, km),
                profile(2).home("S10", TestProfile.SHEFFIELD_S10, Math.nextDown(km)));
        assertThat(ids(vacancy(1))).containsExactly(1L);
    }

    @Test
    void nobody_with_a_home_means_nobody_for_work_in_a_place() throws IOException {
        add(profile(1).home(null, null, 10));
        assertThat(index.candidates(vacancy(1).build(), TODAY, 0, 10).total()).isEqualTo(0);
    }

    @Test
    void hours_must_overlap_and_pay_must_reach_the_minimum() throws IOException {
        add(profile(1).hours(15.0, 24.0), profile(2).hours(25.0, null), profile(3).hours(null, 12.0),
                profile(4).minimumPay(13.0), profile(5).minimumPay(14.0));
        assertThat(ids(vacancy(1).hours(16, 24).pay(12.6, 13.5, "HOUR"))).containsExactly(1L, 4L);
        assertThat(ids(vacancy(1).hours(10, 30).pay(null, null, null))).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void every_must_have_need_must_be_met_and_no_need_may_clash_unmitigated() throws IOException {
        // Participant 3's would-help need is met whenever they are a candidate, which ranks them first.
        add(profile(1).mustHave("fatigue"),
                profile(2).mustHave("fatigue", "lifting_limits"),
                profile(3).wouldHelp("sleep_medication"),
                profile(4).avoids("night_work"),
                profile(5).mustHave("telepathy"),
                profile(6));
        assertThat(ids(vacancy(1).adjustments("flexible_start").demands("night_work"))).containsExactly(6L);
        assertThat(ids(vacancy(1).adjustments("flexible_start", "fixed_daytime").demands("night_work")))
                .containsExactly(3L, 1L, 6L);
        assertThat(ids(vacancy(1).adjustments("flexible_start", "lifting_aids").demands()))
                .containsExactly(3L, 1L, 2L, 4L, 6L);
    }

    @Test
    void the_wanted_role_and_its_synonyms_rank_participants() throws IOException {
        add(profile(1).roles("lorry driver"), profile(2).roles("care assistant"), profile(3).roles("support worker"),
                profile(4));
        assertThat(ids(vacancy(1).title("Support Worker"))).containsExactly(3L, 2L, 1L, 4L);
    }

    @Test
    void equal_candidates_go_to_the_lower_id_and_pages_reach_each_once() throws IOException {
        List<TestProfile> many = new ArrayList<>();
        for (long id = 11; id >= 1; id--) {
            many.add(profile(id));
        }
        add(many.toArray(TestProfile[]::new));
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            CandidatePage served = index.candidates(vacancy(1).build(), TODAY, page, 4);
            assertThat(served.total()).isEqualTo(11);
            served.candidates().forEach(c -> seen.add(c.participantId()));
        }
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(index.candidates(vacancy(1).build(), TODAY, 50, 4).candidates()).isEmpty();
    }

    @Test
    void the_reasons_are_the_same_sentences_as_in_the_other_direction() throws IOException {
        TestProfile participant = profile(7).roles("carer").skills("food hygiene").occupations("6135")
                .mustHave("lifting_limits").wouldHelp("fatigue", "concentration").hours(15.0, 25.0).minimumPay(12.0)
                .contracts("PERMANENT").patterns("DAYS").sectors("care");
        IndexedVacancy job = vacancy(3).title("Care Assistant").description("Food hygiene training given.")
                .occupation("6135", "Care workers and home carers").adjustments("lifting_aids", "phased_start")
                .demands("heavy_lifting").hours(16, 24).pay(12.21, 12.80, "HOUR").contract("PERMANENT").patterns("DAYS")
                .sector("Care").build();
        add(participant);
        Candidate candidate = index.candidates(job, TODAY, 0, 10).candidates().get(0);
        List<Reason> forward;
        try (ByteBuffersDirectory vacancies = new ByteBuffersDirectory(); VacancyIndex vacancyIndex = new VacancyIndex(vacancies)) {
            vacancyIndex.upsert(job);
            vacancyIndex.refresh();
            Match match = vacancyIndex.match(participant.build(), TODAY, 0, 10).matches().get(0);
            forward = match.reasons();
        }
        assertThat(candidate.participantId()).isEqualTo(7L);
        assertThat(candidate.reasons()).isEqualTo(forward);
        assertThat(candidate.reasons()).extracting(Reason::sentence).containsExactly(
                "Title \"Care Assistant\" is another name for \"carer\"",
                "Mentions \"food hygiene\"",
                "Occupation 6135 (care workers and home carers) matches",
                "Offers lifting aids, which helps with lifting and carrying",
                "Offers phased start or return, which helps with fatigue",
                "Involves heavy lifting, but offers lifting aids",
                "3.1 km from S10",
                "16 to 24 hours a week fits 15 to 25",
                "Pays £12.21 to £12.80 an hour, above the minimum of £12.00",
                "Permanent contract, as wanted",
                "Days, a wanted pattern",
                "In a wanted sector, care",
                "Does not offer quiet or private workspace, which would help with concentration");
    }

    @Test
    void paging_is_clamped() throws IOException {
        add(profile(1));
        CandidatePage page = index.candidates(vacancy(1).build(), TODAY, -1, 0);
        assertThat(page.page()).isEqualTo(0);
        assertThat(page.pageSize()).isEqualTo(1);
        assertThat(page.pageCount()).isEqualTo(1);
    }

    private void add(TestProfile... profiles) throws IOException {
        for (TestProfile p : profiles) {
            index.upsert(p.build());
        }
        index.commit(FIRST);
    }

    private List<Long> ids(TestVacancy vacancy) throws IOException {
        return index.candidates(vacancy.build(), TODAY, 0, 50).candidates().stream().map(Candidate::participantId).toList();
    }
}
