package org.workingwin.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.BrowseQuery;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.VacancyHit;

/**
 * Kills (SIGKILL) a process while it indexes, starts again on the same database and index folder, and
 * checks that the index then holds exactly the published, open vacancies of the database.
 */
class IndexCrashIT {

    @Test
    void killing_the_process_while_indexing_leaves_an_index_equal_to_the_database_after_restart() throws Exception {
        Path dir = Files.createTempDirectory("index-crash");
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        Path vacancyIndex = dir.resolve("index");
        Path participantIndex = dir.resolve("participants-index");

        for (long killAfterMillis : List.of(700L, 1500L)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), IndexingCrashChild.class.getName(), url,
                    vacancyIndex.toString(), participantIndex.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up logging
            }
            assertThat(line).as("the child started").isEqualTo("READY");
            Thread.sleep(killAfterMillis);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ApplicationContext restarted = ApplicationContext.run(Map.of("datasources.default.url", url,
                "portal.index.folder", vacancyIndex.toString(),
                "portal.index.participants-folder", participantIndex.toString()), "test")) {
            Set<Long> inDatabase = publishedOpenIds(url);
            Set<Long> inIndex = indexedIds(restarted.getBean(VacancyIndexService.class));
            assertThat(inDatabase).as("the child changed vacancies before it was killed").hasSizeGreaterThan(3);
            assertThat(inIndex).isEqualTo(inDatabase);
        }
    }

    private static Set<Long> publishedOpenIds(String url) throws Exception {
        Set<Long> ids = new HashSet<>();
        // A plain JDBC connection: this read is the test's own oracle, outside the portal's code.
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery(
                     "SELECT id FROM vacancy WHERE status = 'PUBLISHED' AND closing_date >= CURRENT_DATE")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static Set<Long> indexedIds(VacancyIndexService index) {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            BrowseResult result = index.browse(new BrowseQuery(null, null, null, null, null, null, null, null, null,
                    BrowseSort.NEWEST, LocalDate.now(), page, 100));
            result.hits().stream().map(VacancyHit::id).forEach(ids::add);
            if (result.hits().size() < 100) {
                return ids;
            }
        }
    }
}
