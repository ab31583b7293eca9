package org.workingwin.matching.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingwin.matching.vacancy.TestVacancy.BARNSLEY_S70;
import static org.workingwin.matching.vacancy.TestVacancy.DONCASTER_DN1;
import static org.workingwin.matching.vacancy.TestVacancy.NOON;
import static org.workingwin.matching.vacancy.TestVacancy.ROTHERHAM_S60;
import static org.workingwin.matching.vacancy.TestVacancy.TODAY;
import static org.workingwin.matching.vacancy.TestVacancy.vacancy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.workingwin.matching.geo.GeoPoint;

/** Browsing with filters, counts per filter value, sorts and pages. */
class VacancyBrowseTest {

    private static final GeoPoint SHEFFIELD = new GeoPoint(53.3811, -1.4701);

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

    // Six open vacancies and one closed, with a spread of modes, contracts, places, hours and adjustments.
    private void addSix() throws IOException {
        add(vacancy(1).title("Cleaner").contract("PERMANENT").adjustments("flexible_start", "quiet_workspace").hours(10, 15),
                vacancy(2).title("Care Assistant").contract("TEMPORARY").workMode(WorkMode.REMOTE)
                        .adjustments("flexible_start").hours(16, 24),
                vacancy(3).title("Lorry Driver").contract("PERMANENT").at(ROTHERHAM_S60, "S60", "Rotherham")
                        .adjustments().hours(37.5, 40),
                vacancy(4).title("Kitchen Porter").contract("PERMANENT").workMode(WorkMode.HYBRID)
                        .at(BARNSLEY_S70, "S70", "Barnsley").adjustments("quiet_workspace").hours(20, 30),
                vacancy(5).title("Support Worker").contract("FIXED_TERM").workMode(WorkMode.REMOTE)
                        .at(DONCASTER_DN1, "DN1", "Doncaster").adjustments("flexible_start", "phased_start").hours(30, 30),
                vacancy(6).title("Receptionist").contract("PERMANENT").adjustments("flexible_start").hours(16, 16)
                        .published(NOON.plus(Duration.ofHours(1))),
                vacancy(7).title("Cleaner").contract("PERMANENT").closing(TODAY.minusDays(1)));
    }

    @Test
    void without_filters_every_open_vacancy_is_counted_by_every_dimension() throws IOException {
        addSix();
        BrowseResult result = index.browse(BrowseQuery.everything(TODAY));
        assertThat(result.total()).isEqualTo(6);
        assertThat(ids(result)).containsExactly(6L, 1L, 2L, 3L, 4L, 5L);
        assertThat(result.facets()).containsExactly(
                Map.entry(BrowseResult.WORK_MODE, List.of(count("ON_SITE", 3), count("REMOTE", 2), count("HYBRID", 1))),
                Map.entry(BrowseResult.CONTRACT_TYPE,
                        List.of(count("PERMANENT", 4), count("FIXED_TERM", 1), count("TEMPORARY", 1))),
                Map.entry(BrowseResult.LOCAL_AUTHORITY, List.of(count("Sheffield", 3), count("Barnsley", 1),
                        count("Doncaster", 1), count("Rotherham", 1))),
                Map.entry(BrowseResult.ADJUSTMENT,
                        List.of(count("flexible_start", 4), count("quiet_workspace", 2), count("phased_start", 1))),
                Map.entry(BrowseResult.HOURS_BAND,
                        List.of(count("16_TO_29", 3), count("30_AND_OVER", 3), count("UNDER_16", 1))));
    }

    @Test
    void a_chosen_work_mode_filters_the_hits_but_not_its_own_counts() throws IOException {
        addSix();
        BrowseResult result = index.browse(query().workModes(Set.of(WorkMode.REMOTE)).build());
        assertThat(ids(result)).containsExactly(2L, 5L);
        assertThat(result.facets().get(BrowseResult.WORK_MODE))
                .containsExactly(count("ON_SITE", 3), count("REMOTE", 2), count("HYBRID", 1));
        assertThat(result.facets().get(BrowseResult.CONTRACT_TYPE))
                .containsExactly(count("FIXED_TERM", 1), count("TEMPORARY", 1));
    }

    @Test
    void values_chosen_in_two_filters_are_alternatives_within_a_filter_and_both_apply_across() throws IOException {
        addSix();
        BrowseResult result = index.browse(query().workModes(Set.of(WorkMode.REMOTE, WorkMode.HYBRID))
                .contractTypes(Set.of("PERMANENT", "FIXED_TERM")).build());
        assertThat(ids(result)).containsExactly(4L, 5L);
        // Work modes counted among permanent and fixed-term; contracts among remote and hybrid.
        assertThat(result.facets().get(BrowseResult.WORK_MODE))
                .containsExactly(count("ON_SITE", 3), count("HYBRID", 1), count("REMOTE", 1));
        assertThat(result.facets().get(BrowseResult.CONTRACT_TYPE))
                .containsExactly(count("FIXED_TERM", 1), count("PERMANENT", 1), count("TEMPORARY", 1));
    }

    @Test
    void every_chosen_adjustment_must_be_offered() throws IOException {
        addSix();
        BrowseResult result = index.browse(query().adjustments(Set.of("flexible_start", "quiet_workspace")).build());
        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.facets().get(BrowseResult.ADJUSTMENT))
                .containsExactly(count("flexible_start", 1), count("quiet_workspace", 1));
        assertThat(ids(index.browse(query().adjustments(Set.of("flexible_start")).build()))).containsExactly(6L, 1L, 2L, 5L);
    }

    @Test
    void local_authority_and_hours_filter_the_hits() throws IOException {
        addSix();
        assertThat(ids(index.browse(query().localAuthorities(Set.of("Sheffield", "Rotherham")).build())))
                .containsExactly(6L, 1L, 2L, 3L);
        assertThat(ids(index.browse(query().hours(20.0, 30.0).build()))).containsExactly(2L, 4L, 5L);
        assertThat(ids(index.browse(query().hours(null, 15.0).build()))).containsExactly(1L);
    }

    @Test
    void distance_sort_puts_the_nearest_first_and_needs_a_point() throws IOException {
        addSix();
        BrowseResult near = index.browse(query().near(SHEFFIELD, null).sort(BrowseSort.DISTANCE).build());
        assertThat(ids(near)).containsExactly(1L, 2L, 6L, 3L, 4L, 5L);
        assertThat(near.hits()).extracting(VacancyHit::distanceKm).containsExactly(0.1, 0.1, 0.1, 8.5, 17.8, 27.4);
        assertThat(ids(index.browse(query().sort(BrowseSort.DISTANCE).build()))).containsExactly(6L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void a_radius_keeps_vacancies_within_it_remote_or_not() throws IOException {
        addSix();
        assertThat(ids(index.browse(query().near(SHEFFIELD, 10.0).build()))).containsExactly(6L, 1L, 2L, 3L);
    }

    @Test
    void relevance_sorts_by_keyword_match_and_without_keywords_by_newest() throws IOException {
        addSix();
        assertThat(ids(index.browse(query().keywords("carer").sort(BrowseSort.RELEVANCE).build()))).containsExactly(2L, 5L);
        assertThat(ids(index.browse(query().keywords("carer").sort(BrowseSort.NEWEST).build()))).containsExactly(2L, 5L);
        assertThat(ids(index.browse(query().sort(BrowseSort.RELEVANCE).build()))).containsExactly(6L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void pages_reach_every_hit_once_with_the_same_counts() throws IOException {
        addSix();
        BrowseResult first = index.browse(query().page(0, 4).build());
        BrowseResult second = index.browse(query().page(1, 4).build());
        BrowseResult beyond = index.browse(query().page(9, 4).build());
        assertThat(ids(first)).containsExactly(6L, 1L, 2L, 3L);
        assertThat(ids(second)).containsExactly(4L, 5L);
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(6L);
        assertThat(second.facets()).isEqualTo(first.facets());
        assertThat(first.pageCount()).isEqualTo(2);
    }

    @Test
    void an_empty_index_has_no_hits_and_empty_counts() throws IOException {
        BrowseResult result = index.browse(BrowseQuery.everything(TODAY));
        assertThat(result.total()).isEqualTo(0);
        assertThat(result.facets().keySet()).containsExactlyElementsOf(BrowseResult.DIMENSIONS);
        assertThat(result.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
    }

    @Test
    void a_dimension_no_vacancy_has_is_listed_empty() throws IOException {
        add(vacancy(1).adjustments());
        assertThat(index.browse(BrowseQuery.everything(TODAY)).facets().get(BrowseResult.ADJUSTMENT)).isEmpty();
    }

    static Stream<String> hostileKeywords() {
        return Stream.of("(", "a:b", "*?", "title:cleaner", "\uD83D", "AND OR NOT", "the of and", "cleaner ".repeat(1250),
                randomText(10_000, 5));
    }

    @ParameterizedTest
    @MethodSource("hostileKeywords")
    void hostile_keywords_never_throw(String keywords) throws IOException {
        addSix();
        BrowseResult result = index.browse(query().keywords(keywords).build());
        assertThat(result.total()).isLessThanOrEqualTo(6);
        assertThat(result.facets().keySet()).containsExactlyElementsOf(BrowseResult.DIMENSIONS);
    }

    private void add(TestVacancy... vacancies) throws IOException {
        for (TestVacancy v : vacancies) {
            index.upsert(v.build());
        }
        index.commit(new IndexCheckpoint(1, 1));
    }

    private static List<Long> ids(BrowseResult result) {
        return result.hits().stream().map(VacancyHit::id).toList();
    }

    private static FacetCount count(String value, long count) {
        return new FacetCount(value, count);
    }

    private static Query query() {
        return new Query();
    }

    /** A browse query builder: everything open today, newest first, one page of 20. */
    private static final class Query {
        private String keywords;
        private GeoPoint near;
        private Double radiusKm;
        private Double hoursMin;
        private Double hoursMax;
        private Set<WorkMode> workModes = Set.of();
        private Set<String> contractTypes = Set.of();
        private Set<String> localAuthorities = Set.of();
        private Set<String> adjustments = Set.of();
        private BrowseSort sort = BrowseSort.NEWEST;
        private int page;
        private int pageSize = 20;

        Query keywords(String value) {
            keywords = value;
            return this;
        }

        Query near(GeoPoint point, Double radius) {
            near = point;
            radiusKm = radius;
            return this;
        }

        Query hours(Double min, Double max) {
            hoursMin = min;
            hoursMax = max;
            return this;
        }

        Query workModes(Set<WorkMode> values) {
            workModes = values;
            return this;
        }

        Query contractTypes(Set<String> values) {
            contractTypes = values;
            return this;
        }

        Query localAuthorities(Set<String> values) {
            localAuthorities = values;
            return this;
        }

        Query adjustments(Set<String> values) {
            adjustments = values;
            return this;
        }

        Query sort(BrowseSort value) {
            sort = value;
            return this;
        }

        Query page(int number, int size) {
            page = number;
            pageSize = size;
            return this;
        }

        BrowseQuery build() {
            return new BrowseQuery(keywords, near, radiusKm, hoursMin, hoursMax, workModes, contractTypes, localAuthorities,
                    adjustments, sort, TODAY, page, pageSize);
        }
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
