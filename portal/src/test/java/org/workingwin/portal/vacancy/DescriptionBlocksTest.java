package org.workingwin.portal.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.vacancy.DescriptionBlocks.Bullets;
import org.workingwin.portal.vacancy.DescriptionBlocks.Text;

class DescriptionBlocksTest {

    @Test
    void paragraphs_and_typed_lists_become_paragraphs_and_lists() {
        String typed = """
                Help our chefs prepare fresh food
                in a school kitchen.

                What you will do:
                - Prepare vegetables
                * Wash up
                • Serve lunches
                Full training given.

                -not an item - nor this""";

        assertThat(DescriptionBlocks.of(typed)).containsExactly(
                new Text("Help our chefs prepare fresh food in a school kitchen."),
                new Text("What you will do:"),
                new Bullets(List.of("Prepare vegetables", "Wash up", "Serve lunches")),
                new Text("Full training given."),
                new Text("-not an item - nor this"));
    }

    @Test
    void a_plain_description_is_one_paragraph() {
        assertThat(DescriptionBlocks.of("Serve customers.")).containsExactly(new Text("Serve customers."));
    }
}
