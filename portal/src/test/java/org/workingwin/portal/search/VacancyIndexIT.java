package org.workingwin.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.VacancyHit;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.vacancy.VacancyService;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class VacancyIndexIT {

    @Inject
    VacancyService vacancies;
    @Inject
    VacancySearchService search;
    @Inject
    VacancyIndexService index;
    @Inject
    TestData data;
    @Inject
    Clock clock;
    @Inject
    ApplicationContext context;

    /** A word that no other test uses, so the shared MySQL database cannot disturb the counts. */
    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private BrowseResult find(String words) {
        return search.browse(browse(words, null, null));
    }

    private static PublicBrowse browse(String words, String postcode, Double radiusKm) {
        return new PublicBrowse(words, postcode, radiusKm, null, null, Set.of(), Set.of(), Set.of(), Set.of(),
                BrowseSort.RELEVANCE, 0, 20);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the index did not follow the change within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private long publishedVacancy(String title, String postcode) {
        SignedInUser employer = data.employer("Index Ltd");
        long id = vacancies.submit(employer, null,
                TestData.withPostcode(TestData.validDraft(title, LocalDate.now(clock)), postcode));
        vacancies.publish(data.user(Role.SPECIALIST), id);
        return id;
    }

    @Test
    void a_published_vacancy_becomes_searchable_and_a_closed_one_leaves() throws Exception {
        String word = uniqueWord();
        SignedInUser employer = data.employer("Follow Ltd");
        long id = vacancies.submit(employer, null, TestData.validDraft("Baker " + word, LocalDate.now(clock)));
        index.catchUp();
        assertThat(find(word).total()).as("a submitted vacancy is not public").isZero();

        vacancies.publish(data.user(Role.SPECIALIST), id);
        eventually(() -> find(word).total() == 1);
        VacancyHit hit = find(word).hits().getFirst();
        assertThat(hit.id()).isEqualTo(id);
        assertThat(hit.title()).isEqualTo("Baker " + word);
        assertThat(hit.organisationName()).isEqualTo("Follow Ltd");
        assertThat(hit.postcodeDistrict()).isEqualTo("S1");
        assertThat(hit.localAuthority()).isEqualTo("Sheffield");
        assertThat(hit.adjustments()).containsExactlyInAnyOrder("flexible_start", "quiet_workspace");

        vacancies.close(employer, id);
        eventually(() -> find(word).total() == 0);
    }

    @Test
    void the_distance_filter_keeps_sheffield_and_drops_doncaster() throws Exception {
        String word = uniqueWord();
        long sheffield = publishedVacancy("Porter " + word, "S10 2TN");
        long doncaster = publishedVacancy("Porter " + word, "DN1 1AA");
        index.catchUp();

        BrowseResult near = search.browse(browse(word, "S1 2HE", 10.0));
        assertThat(near.hits()).extracting(VacancyHit::id).containsExactly(sheffield);
        assertThat(near.hits().getFirst().distanceKm()).isEqualTo(3.1);
        BrowseResult far = search.browse(browse(word, "S1", 40.0));
        assertThat(far.hits()).extracting(VacancyHit::id).containsExactlyInAnyOrder(sheffield, doncaster);
    }

    @Test
    void hostile_search_text_never_breaks_the_query() {
        for (String text : new String[] {"\"", "(", "a:b", "*?", "title:(x OR y)", "🙂", "AND OR NOT", "\\", "x".repeat(10_000),
                "'; DROP TABLE vacancy; --"}) {
            BrowseResult page = find(text);
            assertThat(page.total()).as(text.length() > 40 ? "long text" : text).isGreaterThanOrEqualTo(0);
        }
        assertThat(find("🙂").total()).isZero();
    }

    @Test
    void a_bad_postcode_or_distance_is_reported_by_field() {
        try {
            search.browse(browse("cook", "nowhere", 500.0));
            throw new AssertionError("accepted");
        } catch (org.workingwin.portal.base.validation.InvalidInputException e) {
            assertThat(e.fieldErrors()).containsExactly(
                    Map.entry("postcode", "Enter a real postcode, like S1 2HE or DN22 7AB"),
                    Map.entry("radiusKm", "Choose a distance from 1 to 200 km"));
        }
    }

    @Test
    void changes_committed_while_the_index_was_down_are_applied_on_start_and_a_lost_index_is_rebuilt()
            throws Exception {
        String word = uniqueWord();
        Path folder = Files.createTempDirectory("index-restart");
        Map<String, Object> properties = Map.of("portal.index.folder", folder.toString());
        long first;
        // The database URL must be the same for both contexts: reuse this context's.
        Map<String, Object> shared = new java.util.HashMap<>(properties);
        shared.put("datasources.default.url", context.getProperty("datasources.default.url", String.class).orElseThrow());
        try (ApplicationContext node = ApplicationContext.run(shared, "test")) {
            first = publishedVacancy("Gardener " + word, "S7 1AA");
            VacancyIndexService nodeIndex = node.getBean(VacancyIndexService.class);
            nodeIndex.catchUp();
            assertThat(nodeIndex.browse(new org.workingwin.matching.vacancy.BrowseQuery(word, null, null, null, null, null, null,
                    null, null, BrowseSort.NEWEST, LocalDate.now(clock), 0, 10)).total()).isEqualTo(1);
        }
        // Committed while that node was stopped: only the outbox knows.
        long second = publishedVacancy("Gardener " + word, "S8 1AA");
        try (ApplicationContext node = ApplicationContext.run(shared, "test")) {
            VacancyIndexService nodeIndex = node.getBean(VacancyIndexService.class);
            // A current index is opened and follows the outbox: never rebuilt at start (a million would take minutes).
            assertThat(nodeIndex.rebuildProgress()).isEqualTo(RebuildProgress.IDLE);
            assertThat(nodeIndex.browse(new org.workingwin.matching.vacancy.BrowseQuery(word, null, null, null, null, null, null,
                    null, null, BrowseSort.NEWEST, LocalDate.now(clock), 0, 10)).hits()).extracting(VacancyHit::id)
                    .containsExactlyInAnyOrder(first, second);
        }
        // An unreadable index is replaced by one rebuilt from the database.
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        try (ApplicationContext node = ApplicationContext.run(shared, "test")) {
            VacancyIndexService nodeIndex = node.getBean(VacancyIndexService.class);
            assertThat(nodeIndex.browse(new org.workingwin.matching.vacancy.BrowseQuery(word, null, null, null, null, null, null,
                    null, null, BrowseSort.NEWEST, LocalDate.now(clock), 0, 10)).hits()).extracting(VacancyHit::id)
                    .containsExactlyInAnyOrder(first, second);
        }
    }

    @Test
    void an_index_written_under_another_taxonomy_version_is_rebuilt_on_start() throws Exception {
        String word = uniqueWord();
        long real = publishedVacancy("Joiner " + word, "S6 1AA");
        Path folder = Files.createTempDirectory("index-taxonomy");
        try (var stale = org.workingwin.matching.vacancy.VacancyIndex.open(folder)) {
            stale.upsert(new org.workingwin.matching.vacancy.IndexedVacancy(999_999_999L, "Joiner " + word, "Ghost",
                    "Nobody Ltd", null, "Joiners", "S6", "Sheffield", new org.workingwin.matching.geo.GeoPoint(53.4, -1.5),
                    org.workingwin.matching.vacancy.WorkMode.ON_SITE, 10, 20, Set.of("DAYS"), "PERMANENT", null, null,
                    null, LocalDate.now(clock).plusDays(5), java.time.Instant.now(), Set.of(), Set.of(), null));
            // Up to date with the change log, but built from an older taxonomy.
            stale.commit(new org.workingwin.matching.vacancy.IndexCheckpoint(Long.MAX_VALUE / 2, 0));
        }
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("portal.index.folder", folder.toString()));
        properties.put("datasources.default.url", context.getProperty("datasources.default.url", String.class).orElseThrow());
        try (ApplicationContext node = ApplicationContext.run(properties, "test")) {
            assertThat(node.getBean(VacancyIndexService.class).browse(new org.workingwin.matching.vacancy.BrowseQuery(
                    word, null, null, null, null, null, null, null, null, BrowseSort.NEWEST, LocalDate.now(clock), 0, 10))
                    .hits()).extracting(VacancyHit::id).containsExactly(real);
        }
    }
}
