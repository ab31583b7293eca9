package org.workingwin.matching.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workingwin.matching.vacancy.TestVacancy.TODAY;
import static org.workingwin.matching.vacancy.TestVacancy.vacancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk cases: what the portal meets at start-up after a crash or an upgrade. */
class VacancyIndexFolderTest {

    @TempDir
    Path folder;

    @Test
    void open_creates_a_missing_folder_and_the_checkpoint_survives_a_restart() throws IOException {
        Path indexFolder = folder.resolve("index").resolve("vacancies");
        try (VacancyIndex index = VacancyIndex.open(indexFolder)) {
            assertThat(index.checkpoint()).isEmpty();
            index.upsert(vacancy(1).title("Cleaner").build());
            index.commit(new IndexCheckpoint(17, 1));
        }
        try (VacancyIndex index = VacancyIndex.open(indexFolder)) {
            assertThat(index.checkpoint()).contains(new IndexCheckpoint(17, 1));
            SearchPage page = index.search(new VacancySearch("cleaner", null, null, TODAY, 0, 10));
            assertThat(page.hits()).extracting(VacancyHit::id).containsExactly(1L);
        }
    }

    @Test
    void open_on_a_folder_with_a_garbage_commit_file_throws_an_io_exception() throws IOException {
        Files.write(folder.resolve("segments_1"), "this is not a Lucene index".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> VacancyIndex.open(folder)).isInstanceOf(IOException.class);
    }

    @Test
    void after_a_failed_open_the_folder_can_be_wiped_and_rebuilt() throws IOException {
        Files.write(folder.resolve("segments_1"), new byte[] {0, 1, 2, 3});
        assertThatThrownBy(() -> VacancyIndex.open(folder)).isInstanceOf(IOException.class);
        wipe(folder);
        try (VacancyIndex index = VacancyIndex.open(folder)) {
            index.replaceAll(List.of(vacancy(1).build(), vacancy(2).build()), new IndexCheckpoint(3, 1));
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void a_second_open_of_the_same_folder_fails_while_the_first_is_open() throws IOException {
        try (VacancyIndex first = VacancyIndex.open(folder)) {
            assertThatThrownBy(() -> VacancyIndex.open(folder))
                    .isInstanceOf(LockObtainFailedException.class);
        }
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }
}
