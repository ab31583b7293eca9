package org.workingwin.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingwin.matching.profile.TestProfile.profile;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.synonym.JobTitleSynonyms;
import org.workingwin.matching.text.TextQueries;

class ProfileTextTest {

    private final TextQueries text = new TextQueries(JobTitleSynonyms.loadDefault());

    @AfterEach
    void close() {
        text.close();
    }

    private TextEvidence evidence(TestProfile profile, String title, List<String> description) {
        return ProfileText.of(profile.build(), text).evidence(text.tokens(title, 64),
                skill -> TextQueries.containsSequence(text.documentTokens(String.join(" ", description)), skill.tokens()));
    }

    @Test
    void a_role_in_the_title_is_direct_and_a_synonym_is_said_to_be_one() {
        TextEvidence found = evidence(profile(1).roles("carer, Kitchen porter; cleaner"), "Support Workers", List.of());
        assertThat(found.rolesInTitle()).isEmpty();
        assertThat(found.rolesBySynonym()).containsExactly("carer");
        assertThat(evidence(profile(1).roles("carer"), "Carers needed", List.of()).rolesInTitle()).containsExactly("carer");
    }

    @Test
    void a_role_needs_its_words_next_to_each_other() {
        assertThat(evidence(profile(1).roles("care assistant"), "Assistant to the care manager", List.of()).rolesInTitle())
                .isEmpty();
    }

    @Test
    void skills_are_found_in_the_title_or_the_description() {
        TextEvidence found = evidence(profile(1).skills("food hygiene, forklift licence, welding"), "Forklift licence holder",
                List.of("You will need a food hygiene certificate."));
        assertThat(found.skillsMentioned()).containsExactly("food hygiene", "forklift licence");
    }

    @Test
    void phrases_are_split_at_commas_semicolons_bars_and_lines_and_repeats_dropped() {
        assertThat(TextQueries.phrases(" carer,, Cleaner ;cleaner|kitchen   porter\nchef ")).containsExactly(
                "carer", "Cleaner", "kitchen porter", "chef");
        assertThat(TextQueries.phrases(null)).isEmpty();
        assertThat(TextQueries.phrases("a,b,c,d,e,f,g,h,i,j,k,l")).hasSize(TextQueries.MAX_PHRASES);
    }
}
