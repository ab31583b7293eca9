package org.workingwin.matching.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workingwin.matching.vacancy.TestVacancy.BARNSLEY_S70;
import static org.workingwin.matching.vacancy.TestVacancy.DONCASTER_DN1;
import static org.workingwin.matching.vacancy.TestVacancy.NOON;
import static org.workingwin.matching.vacancy.TestVacancy.ROTHERHAM_S60;
import static org.workingwin.matching.vacancy.TestVacancy.TODAY;
import static org.workingwin.matching.vacancy.TestVacancy.vacancy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workingwin.matching.geo.GeoPoint;

class VacancyIndexTest {

    // The brief's S1 point, deliberately not the S1 centroid the vacancies use, so distances are not 0.
    private static final GeoPoint SHEFFIELD = new GeoPoint(53.3811, -1.4701);
    private static final IndexCheckpoint FIRST = new IndexCheckpoint(5, 1);

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
    void a_keyword_in_the_title_finds_the_vacancy() throws IOException {
        add(vacancy(1).title("Cleaner").description("Offices in the city centre."), vacancy(2));
        assertThat(ids(search("cleaner"))).containsExactly(1L);
    }

    @Test
    void a_keyword_in_the_description_finds_the_vacancy() throws IOException {
        add(vacancy(1).description("Answering the telephone at a busy reception."), vacancy(2));
        assertThat(ids(search("telephone"))).containsExactly(1L);
    }

    @Test
    void a_plural_keyword_finds_the_singular_through_english_stemming() throws IOException {
        add(vacancy(1).title("Carer"), vacancy(2));
        assertThat(ids(search("Carers"))).containsExactly(1L);
    }

    @Test
    void upserting_the_same_id_replaces_the_vacancy() throws IOException {
        add(vacancy(1).title("Cleaner"));
        add(vacancy(1).title("Gardener"));
        assertThat(index.size()).isEqualTo(1);
        assertThat(search("cleaner").total()).isEqualTo(0);
        assertThat(ids(search("gardener"))).containsExactly(1L);
    }

    @Test
    void a_deleted_vacancy_is_gone_and_deleting_an_unknown_id_is_harmless() throws IOException {
        add(vacancy(1), vacancy(2));
        index.delete(1);
        index.delete(99);
        index.refresh();
        assertThat(index.size()).isEqualTo(1);
        assertThat(ids(search(null))).containsExactly(2L);
    }

    @Test
    void a_closed_vacancy_is_never_returned() throws IOException {
        add(vacancy(1).title("Cleaner").closing(TODAY.minusDays(1)),
                vacancy(2).title("Cleaner").closing(TODAY),
                vacancy(3).title("Cleaner").closing(TODAY.plusDays(1)));
        assertThat(ids(search(null))).containsExactly(2L, 3L);
        assertThat(ids(search("cleaner"))).containsExactly(2L, 3L);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void changes_are_visible_only_after_a_refresh_or_commit() throws IOException {
        index.upsert(vacancy(1).build());
        assertThat(search(null).total()).isEqualTo(0);
        index.refresh();
        assertThat(ids(search(null))).containsExactly(1L);
    }

    @Test
    void ten_km_around_sheffield_keeps_s1_and_rotherham_and_drops_doncaster_even_when_remote() throws IOException {
        add(vacancy(1),
                vacancy(2).at(DONCASTER_DN1, "DN1", "Doncaster"),
                vacancy(3).at(DONCASTER_DN1, "DN1", "Doncaster").workMode(WorkMode.REMOTE),
                vacancy(4).at(ROTHERHAM_S60, "S60", "Rotherham"),
                vacancy(5).at(BARNSLEY_S70, "S70", "Barnsley"));
        SearchPage page = index.search(new VacancySearch(null, SHEFFIELD, 10.0, TODAY, 0, 10));
        assertThat(ids(page)).containsExactly(1L, 4L);
        assertThat(page.hits()).extracting(VacancyHit::distanceKm).containsExactly(0.1, 8.5);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void a_point_without_a_radius_gives_distances_but_filters_nothing() throws IOException {
        add(vacancy(1),
                vacancy(2).at(DONCASTER_DN1, "DN1", "Doncaster"),
                vacancy(3).at(BARNSLEY_S70, "S70", "Barnsley"));
        SearchPage page = index.search(new VacancySearch(null, SHEFFIELD, null, TODAY, 0, 10));
        assertThat(ids(page)).containsExactly(1L, 2L, 3L);
        assertThat(page.hits()).extracting(VacancyHit::distanceKm).containsExactly(0.1, 27.4, 17.8);
    }

    @Test
    void without_a_point_hits_have_no_distance() throws IOException {
        add(vacancy(1));
        assertThat(search(null).hits()).extracting(VacancyHit::distanceKm).containsExactly((Double) null);
    }

    @Test
    void a_radius_larger_than_the_earth_finds_everything_and_a_zero_radius_finds_nothing_nearby() throws IOException {
        add(vacancy(1), vacancy(2).at(DONCASTER_DN1, "DN1", "Doncaster"));
        assertThat(index.search(new VacancySearch(null, SHEFFIELD, 1e12, TODAY, 0, 10)).total()).isEqualTo(2);
        assertThat(index.search(new VacancySearch(null, SHEFFIELD, 0.0, TODAY, 0, 10)).total()).isEqualTo(0);
    }

    @Test
    void a_hit_carries_the_stored_list_fields() throws IOException {
        add(vacancy(1));
        VacancyHit hit = index.search(new VacancySearch(null, SHEFFIELD, 5.0, TODAY, 0, 10)).hits().get(0);
        assertThat(hit).isEqualTo(new VacancyHit(1, "Office Administrator", "Steel City Housing", "S1", "Sheffield",
                WorkMode.ON_SITE, 16.0, 30.0, "permanent", 12.60, 13.50, "hour", TODAY.plusDays(14), NOON, 0.1,
                Set.of("flexible_start")));
    }

    @Test
    void a_vacancy_without_pay_comes_back_without_pay() throws IOException {
        IndexedVacancy full = vacancy(1).build();
        index.upsert(new IndexedVacancy(1, full.title(), full.description(), full.organisationName(), null, null,
                full.postcodeDistrict(), full.localAuthority(), full.location(), WorkMode.HYBRID, 0, 0, Set.of(),
                "zero hours", null, null, null, full.closingDate(), full.publishedAt(), Set.of(), Set.of()));
        index.refresh();
        VacancyHit hit = search(null).hits().get(0);
        assertThat(hit.payMin()).isNull();
        assertThat(hit.payMax()).isNull();
        assertThat(hit.payPeriod()).isNull();
        assertThat(hit.adjustments()).isEmpty();
        assertThat(hit.workMode()).isEqualTo(WorkMode.HYBRID);
        assertThat(hit.contractType()).isEqualTo("zero hours");
    }

    @Test
    void without_keywords_the_newest_come_first_and_ties_go_to_the_lower_id_across_pages() throws IOException {
        List<TestVacancy> vacancies = new ArrayList<>(List.of(
                vacancy(1).published(NOON.minus(Duration.ofHours(3))),
                vacancy(2).published(NOON),
                vacancy(3).published(NOON.minus(Duration.ofHours(1))),
                vacancy(4).published(NOON),
                vacancy(5).published(NOON.minus(Duration.ofHours(2))),
                vacancy(6).published(NOON),
                vacancy(7).published(NOON.minus(Duration.ofHours(1)))));
        // Shuffled and committed one by one, so ties span segments in no particular insertion order.
        Collections.shuffle(vacancies, new Random(42));
        for (TestVacancy v : vacancies) {
            index.upsert(v.build());
            index.commit(FIRST);
        }
        assertThat(ids(page(null, 0, 3))).containsExactly(2L, 4L, 6L);
        assertThat(ids(page(null, 1, 3))).containsExactly(3L, 7L, 5L);
        assertThat(ids(page(null, 2, 3))).containsExactly(1L);
        assertThat(page(null, 2, 3).total()).isEqualTo(7);
    }

    @Test
    void a_nanosecond_later_counts_as_newer() throws IOException {
        add(vacancy(1).published(NOON.plusNanos(1)), vacancy(2).published(NOON));
        assertThat(ids(search(null))).containsExactly(1L, 2L);
        assertThat(search(null).hits().get(0).publishedAt()).isEqualTo(NOON.plusNanos(1));
    }

    @Test
    void with_keywords_relevance_comes_first_then_newest_then_lower_id() throws IOException {
        String both = "Cleaner for offices in the city centre.";
        add(vacancy(10).title("Cleaner").description(both),
                vacancy(11).title("Office Administrator").description("Covering for the cleaner when needed."),
                vacancy(12).title("Cleaner").description(both).published(NOON.minus(Duration.ofHours(1))),
                vacancy(13).title("Cleaner").description(both),
                vacancy(14).title("Cleaner").description("Offices in the city centre, early mornings."),
                vacancy(15).title("Warehouse Operative").description("Picking and packing."),
                vacancy(16).title("Warehouse Operative").description("Picking and packing."),
                vacancy(17).title("Warehouse Operative").description("Picking and packing."),
                vacancy(18).title("Warehouse Operative").description("Picking and packing."));
        assertThat(ids(page("cleaner", 0, 10))).containsExactly(10L, 13L, 12L, 14L, 11L);
        assertThat(ids(page("cleaner", 0, 2))).containsExactly(10L, 13L);
        assertThat(ids(page("cleaner", 1, 2))).containsExactly(12L, 14L);
        assertThat(ids(page("cleaner", 2, 2))).containsExactly(11L);
        assertThat(page("cleaner", 2, 2).total()).isEqualTo(5);
    }

    @Test
    void any_keyword_is_enough_to_match() throws IOException {
        add(vacancy(1).title("Cleaner"), vacancy(2).title("Gardener"), vacancy(3).title("Driver"));
        assertThat(ids(search("gardener cleaner"))).containsExactly(1L, 2L);
    }

    @Test
    void a_page_past_the_end_is_empty_but_keeps_the_exact_total() throws IOException {
        add(vacancy(1), vacancy(2), vacancy(3));
        assertThat(page(null, 5, 3)).isEqualTo(new SearchPage(3, 5, 3, List.of()));
        assertThat(page(null, Integer.MAX_VALUE, 100)).isEqualTo(new SearchPage(3, Integer.MAX_VALUE, 100, List.of()));
    }

    @Test
    void out_of_range_paging_is_corrected_and_reported() throws IOException {
        add(vacancy(1), vacancy(2));
        SearchPage small = page(null, -3, 0);
        assertThat(small.page()).isEqualTo(0);
        assertThat(small.pageSize()).isEqualTo(1);
        assertThat(ids(small)).containsExactly(1L);
        assertThat(page(null, 0, 1000).pageSize()).isEqualTo(VacancySearch.MAX_PAGE_SIZE);
    }

    @Test
    void a_negative_radius_is_rejected() {
        assertThatThrownBy(() -> new VacancySearch(null, SHEFFIELD, -1.0, TODAY, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Radius must be a distance of 0 km or more, not -1.0");
    }

    static Stream<Arguments> hostileKeywords() {
        return Stream.of(
                Arguments.of("\"", 0),
                Arguments.of("(", 0),
                Arguments.of("a:b", 0),
                Arguments.of("*?", 0),
                Arguments.of("(foo:bar*)", 0),
                Arguments.of("title:cleaner", 0),
                Arguments.of("\uD83D\uDE42", 0),
                Arguments.of("AND OR NOT", 0),
                Arguments.of("the of and", 0),
                Arguments.of("cleaner) AND (", 1),
                Arguments.of("cleaner ".repeat(1250), 1),
                Arguments.of(randomText(10_000, 1), 0),
                Arguments.of("\uD83D", 0),
                // Blank is an empty search box: no keyword filter at all.
                Arguments.of("", 2),
                Arguments.of("   \t", 2));
    }

    @ParameterizedTest
    @MethodSource("hostileKeywords")
    void hostile_keywords_never_throw(String keywords, int expectedTotal) throws IOException {
        add(vacancy(1).title("Cleaner"), vacancy(2));
        assertThat(search(keywords).total()).isEqualTo(expectedTotal);
    }

    @Test
    void only_the_first_64_distinct_terms_are_used() throws IOException {
        add(vacancy(1).title("Cleaner"));
        String filler = IntStream.range(0, 64).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String shorter = IntStream.range(0, 63).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        assertThat(search(filler + " cleaner").total()).isEqualTo(0);
        assertThat(search(shorter + " cleaner").total()).isEqualTo(1);
        // Repeats do not use up the allowance.
        assertThat(search(shorter + " w0 w1 w2 cleaner").total()).isEqualTo(1);
    }

    @Test
    void keyword_terms_are_analysed_deduplicated_and_capped() throws IOException {
        assertThat(index.keywordTerms("The Carers' carer, CARING")).containsExactly("carer", "care");
        String many = IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        Set<String> terms = index.keywordTerms(many);
        assertThat(terms).hasSize(VacancyIndex.MAX_KEYWORD_TERMS);
        assertThat(terms).startsWith("w0").endsWith("w63");
    }

    @Test
    void a_new_index_has_no_checkpoint() {
        assertThat(index.checkpoint()).isEmpty();
        assertThat(index.size()).isEqualTo(0);
    }

    @Test
    void the_checkpoint_survives_close_and_reopen() throws IOException {
        index.upsert(vacancy(1).build());
        index.commit(new IndexCheckpoint(42, 1));
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(42, 1));
        index.close();
        index = new VacancyIndex(directory);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(42, 1));
        assertThat(ids(search(null))).containsExactly(1L);
    }

    @Test
    void a_commit_without_changes_still_moves_the_cursor() throws IOException {
        index.commit(new IndexCheckpoint(42, 1));
        index.commit(new IndexCheckpoint(43, 1));
        index.close();
        index = new VacancyIndex(directory);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(43, 1));
    }

    @Test
    void changes_not_committed_are_dropped_on_close_to_be_replayed_from_the_outbox() throws IOException {
        add(vacancy(1));
        index.upsert(vacancy(2).build());
        index.refresh();
        assertThat(index.size()).isEqualTo(2);
        index.close();
        index = new VacancyIndex(directory);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.checkpoint()).contains(FIRST);
    }

    @Test
    void replace_all_swaps_the_contents_and_the_checkpoint() throws IOException {
        add(vacancy(1), vacancy(2), vacancy(3));
        index.replaceAll(List.of(vacancy(4).build(), vacancy(5).build()), new IndexCheckpoint(9, 1));
        assertThat(ids(search(null))).containsExactly(4L, 5L);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(9, 1));
    }

    @Test
    void replace_all_with_nothing_empties_the_index() throws IOException {
        add(vacancy(1));
        index.replaceAll(List.of(), new IndexCheckpoint(9, 2));
        assertThat(index.size()).isEqualTo(0);
        assertThat(index.checkpoint()).contains(new IndexCheckpoint(9, 2));
    }

    @Test
    void a_failed_replace_all_leaves_the_last_commit_in_place() throws IOException {
        add(vacancy(1), vacancy(2), vacancy(3));
        Iterable<IndexedVacancy> failing = () -> new Iterator<>() {
            private boolean first = true;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public IndexedVacancy next() {
                if (first) {
                    first = false;
                    return vacancy(4).build();
                }
                throw new IllegalStateException("database went away");
            }
        };
        assertThatThrownBy(() -> index.replaceAll(failing, new IndexCheckpoint(9, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database went away");
        assertThat(index.checkpoint()).contains(FIRST);
        index.commit(new IndexCheckpoint(6, 1));
        assertThat(ids(search(null))).containsExactly(1L, 2L, 3L);
        add(vacancy(8));
        assertThat(ids(search(null))).containsExactly(1L, 2L, 3L, 8L);
    }

    @Test
    void concurrent_searches_during_writes_never_fail_and_see_every_vacancy_at_the_end() throws Exception {
        String[] titles = {"Cleaner", "Gardener", "Driver", "Carer", "Receptionist"};
        Random random = new Random(7);
        List<IndexedVacancy> vacancies = new ArrayList<>();
        for (int id = 1; id <= 300; id++) {
            vacancies.add(vacancy(id).title(titles[random.nextInt(titles.length)])
                    .published(NOON.minusSeconds(random.nextInt(1000))).build());
        }
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; i < vacancies.size(); i++) {
                    index.upsert(vacancies.get(i));
                    if (i % 10 == 9) {
                        index.refresh();
                    }
                    if (i % 100 == 99) {
                        index.commit(new IndexCheckpoint(i + 1, 1));
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Random readerRandom = new Random(100 + r);
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (writer.isAlive()) {
                        String keywords =
                                readerRandom.nextBoolean() ? null : titles[readerRandom.nextInt(titles.length)];
                        SearchPage page = page(keywords, readerRandom.nextInt(5), 20);
                        assertThat(page.hits().size()).isLessThanOrEqualTo(20);
                        index.size();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        writer.join();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(failures).isEmpty();
        index.commit(new IndexCheckpoint(300, 1));
        assertThat(index.size()).isEqualTo(300);
        for (String title : titles) {
            long expected = vacancies.stream().filter(v -> v.title().equals(title)).count();
            assertThat(search(title).total()).as(title).isEqualTo(expected);
        }
    }

    @Test
    void a_rebuild_with_repeated_ids_keeps_the_last_of_each_however_it_is_spread_over_threads() throws IOException {
        List<IndexedVacancy> all = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            for (long id = 1; id <= 1_000; id++) {
                all.add(vacancy(id).title("Round" + (char) ('a' + round) + " worker").build());
            }
        }
        index.replaceAll(all, new IndexCheckpoint(9, 1));
        assertThat(index.size()).isEqualTo(1_000);
        assertThat(search("roundd").total()).isEqualTo(1_000);
        assertThat(search("roundb").total()).isZero();
        assertThat(search("roundc").total()).isZero();
    }

    @Test
    void a_vacancy_shows_every_field_it_was_indexed_with() throws IOException {
        IndexedVacancy full = vacancy(7).title("Café assistant – weekends").sector("Hospitality")
                .pay(12.5, null, "HOUR").patterns("WEEKENDS", "fortnightly").adjustments("flexible_start", "mentor")
                .demands("prolonged_standing").build();
        index.upsert(full);
        index.commit(FIRST);
        VacancyHit hit = search("café").hits().get(0);
        assertThat(hit).isEqualTo(new VacancyHit(7, "Café assistant – weekends", full.organisationName(),
                full.postcodeDistrict(), full.localAuthority(), full.workMode(), full.hoursMin(), full.hoursMax(),
                full.contractType(), 12.5, null, "HOUR", full.closingDate(), full.publishedAt(), null,
                Set.of("flexible_start", "mentor")));
    }

    private void add(TestVacancy... vacancies) throws IOException {
        for (TestVacancy v : vacancies) {
            index.upsert(v.build());
        }
        index.commit(FIRST);
    }

    private SearchPage search(String keywords) throws IOException {
        return page(keywords, 0, 50);
    }

    private SearchPage page(String keywords, int page, int pageSize) throws IOException {
        return index.search(new VacancySearch(keywords, null, null, TODAY, page, pageSize));
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(VacancyHit::id).toList();
    }

    // Seeded: any code point from the Basic Multilingual Plane and beyond, surrogates and controls included.
    private static String randomText(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }
}
