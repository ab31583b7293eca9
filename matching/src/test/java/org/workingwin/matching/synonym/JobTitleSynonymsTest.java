package org.workingwin.matching.synonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.text.TextQueries;

class JobTitleSynonymsTest {

    private static String shippedFile() throws IOException {
        try (InputStream in = JobTitleSynonyms.class.getResourceAsStream(JobTitleSynonyms.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_shipped_file_names_both_sources_with_their_attributions() throws IOException {
        String file = shippedFile();
        assertThat(file).contains("Source: Office for National Statistics licensed under the Open Government Licence v.3.0.");
        assertThat(file).contains("This service uses the ESCO classification of the European Commission.");
        assertThat(file).contains("CC BY 4.0");
    }

    @Test
    void the_shipped_file_has_2894_groups_and_every_line_is_lower_case() throws IOException {
        assertThat(JobTitleSynonyms.loadDefault().groupCount()).isEqualTo(2894);
        List<String> groups = shippedFile().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(groups).hasSize(2894);
        assertThat(groups).allSatisfy(line -> assertThat(line).isEqualTo(line.toLowerCase()));
    }

    @Test
    void no_group_has_more_than_16_titles_or_an_over_generic_single_word() throws IOException {
        List<String> generic = List.of("manager", "worker", "assistant", "officer", "operative", "driver", "owner");
        shippedFile().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(line -> {
            List<String> titles = List.of(line.split(", "));
            assertThat(titles).as(line).hasSizeBetween(2, 16);
            assertThat(titles).as(line).doesNotContainAnyElementsOf(generic);
        });
    }

    @Test
    void the_shipped_synonyms_load_once_and_are_shared() {
        assertThat(JobTitleSynonyms.loadDefault()).isSameAs(JobTitleSynonyms.loadDefault());
    }

    @Test
    void carer_has_care_assistant_and_support_worker_among_its_synonyms() {
        try (TextQueries text = new TextQueries(JobTitleSynonyms.loadDefault())) {
            assertThat(text.synonymPaths("carer")).contains(List.of("care", "assist"), List.of("support", "worker"));
        }
    }

    @Test
    void assistant_on_its_own_has_no_synonyms() {
        try (TextQueries text = new TextQueries(JobTitleSynonyms.loadDefault())) {
            assertThat(text.synonymPaths("assistant")).isEmpty();
            assertThat(text.synonymPaths("manager")).isEmpty();
        }
    }

    @Test
    void a_small_file_is_read_with_comments_and_counted_by_group() {
        JobTitleSynonyms synonyms = JobTitleSynonyms.read(new StringReader("""
                # a comment, with a comma
                carer, care assistant
                  lorry driver, hgv driver
                """));
        assertThat(synonyms.groupCount()).isEqualTo(2);
        try (TextQueries text = new TextQueries(synonyms)) {
            assertThat(text.synonymPaths("HGV drivers")).containsExactly(List.of("lorri", "driver"));
        }
    }

    @Test
    void no_synonyms_means_every_title_stands_alone() {
        try (TextQueries text = new TextQueries(JobTitleSynonyms.none())) {
            assertThat(text.synonymPaths("carer")).isEmpty();
            assertThat(JobTitleSynonyms.none().groupCount()).isEqualTo(0);
        }
    }

    @Test
    void a_malformed_file_is_refused_with_a_message() {
        assertThatThrownBy(() -> JobTitleSynonyms.read(new StringReader("carer => care assistant => support worker\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The job-title synonyms cannot be read");
    }
}
