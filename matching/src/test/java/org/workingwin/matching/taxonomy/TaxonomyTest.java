package org.workingwin.matching.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.loadDefault();

    @Test
    void the_shipped_file_has_7_groups_35_adjustments_16_demands_and_12_needs() {
        assertThat(taxonomy.version()).isEqualTo(1);
        assertThat(taxonomy.groups()).hasSize(7);
        assertThat(taxonomy.adjustments()).hasSize(35);
        assertThat(taxonomy.demands()).hasSize(16);
        assertThat(taxonomy.needs()).hasSize(12);
    }

    @Test
    void groups_come_in_file_order() {
        assertThat(taxonomy.groups()).extracting(AdjustmentGroup::code).containsExactly(
                "schedule", "location", "environment", "equipment", "duties", "support", "recruitment");
    }

    @Test
    void adjustments_of_a_group_come_in_file_order() {
        assertThat(taxonomy.adjustmentsIn("location")).extracting(Adjustment::code).containsExactly(
                "remote_working", "step_free_access", "less_travel", "travel_support");
    }

    @Test
    void an_unknown_group_has_no_adjustments() {
        assertThat(taxonomy.adjustmentsIn("canteen")).isEmpty();
    }

    @Test
    void an_adjustment_is_found_by_code() {
        assertThat(taxonomy.adjustment("lifting_aids")).contains(new Adjustment(
                "lifting_aids", "equipment", "Lifting aids",
                "You get equipment such as trolleys or hoists so you do not have to lift heavy things yourself."));
    }

    @Test
    void a_demand_is_found_by_code() {
        assertThat(taxonomy.demand("night_work")).contains(
                new Demand("night_work", "Night work", "Working through the night."));
    }

    @Test
    void a_need_lists_what_meets_it_and_what_mitigates_its_conflicts() {
        assertThat(taxonomy.need("lifting_limits")).contains(new Need(
                "lifting_limits", "Limits on lifting or carrying", "lifting and carrying",
                List.of("lifting_aids", "swap_tasks"),
                List.of(new Conflict("heavy_lifting", List.of("lifting_aids", "swap_tasks")))));
    }

    @Test
    void fatigue_is_met_by_the_six_adjustments_in_the_design() {
        assertThat(taxonomy.need("fatigue").orElseThrow().metBy()).containsExactly(
                "flexible_start", "reduced_hours", "phased_start", "frequent_breaks", "remote_working",
                "smaller_tasks");
        assertThat(taxonomy.need("fatigue").orElseThrow().helpsWith()).isEqualTo("fatigue");
    }

    @Test
    void recruitment_anxiety_is_met_by_every_recruitment_adjustment() {
        List<String> recruitment = taxonomy.adjustmentsIn("recruitment").stream().map(Adjustment::code).toList();
        assertThat(taxonomy.need("recruitment_anxiety").orElseThrow().metBy()).isEqualTo(recruitment);
        assertThat(recruitment).hasSize(5);
    }

    @Test
    void every_demand_conflicts_with_at_least_one_need() {
        Set<String> inConflict = new HashSet<>();
        taxonomy.needs().forEach(n -> n.conflicts().forEach(c -> inConflict.add(c.demand())));
        assertThat(inConflict).containsExactlyInAnyOrderElementsOf(
                taxonomy.demands().stream().map(Demand::code).toList());
    }

    @Test
    void unknown_and_null_codes_find_nothing() {
        assertThat(taxonomy.adjustment("jetpack")).isEmpty();
        assertThat(taxonomy.demand(null)).isEmpty();
        assertThat(taxonomy.need("demand")).isEmpty();
    }

    @Test
    void the_default_json_is_the_shipped_file_byte_for_byte() throws IOException {
        byte[] file;
        try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.json")) {
            file = in.readAllBytes();
        }
        assertThat(Taxonomy.defaultJson()).isEqualTo(file);
    }

    @Test
    void changing_the_returned_json_bytes_does_not_change_the_next_copy() {
        byte[] first = Taxonomy.defaultJson();
        first[0] = 'X';
        assertThat(Taxonomy.defaultJson()[0]).isEqualTo((byte) '{');
    }

    @Test
    void load_default_returns_the_same_cached_instance() {
        assertThat(Taxonomy.loadDefault()).isSameAs(taxonomy);
    }

    @Test
    void a_need_met_by_an_unknown_adjustment_is_rejected_by_name() {
        assertThatThrownBy(() -> read(minimal("\"metBy\": [\"naps\"], \"conflicts\": []")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Need 'fatigue' refers to unknown adjustment 'naps'");
    }

    @Test
    void a_conflict_with_an_unknown_demand_is_rejected_by_name() {
        assertThatThrownBy(() -> read(minimal(
                "\"metBy\": [\"flexible_start\"], \"conflicts\": [{\"demand\": \"juggling\", \"mitigatedBy\": []}]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Need 'fatigue' refers to unknown demand 'juggling'");
    }

    @Test
    void a_conflict_mitigated_by_an_unknown_adjustment_is_rejected_by_name() {
        assertThatThrownBy(() -> read(minimal("\"metBy\": [\"flexible_start\"], "
                + "\"conflicts\": [{\"demand\": \"night_work\", \"mitigatedBy\": [\"coffee\"]}]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Need 'fatigue' refers to unknown adjustment 'coffee'");
    }

    @Test
    void an_adjustment_in_an_unknown_group_is_rejected_by_name() {
        String json = """
                {"version": 1,
                 "groups": [{"code": "schedule", "label": "Schedule"}],
                 "adjustments": [{"code": "flexible_start", "group": "timing", "label": "L", "description": "D"}],
                 "demands": [], "needs": []}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Adjustment 'flexible_start' refers to unknown group 'timing'");
    }

    @Test
    void a_duplicate_code_is_rejected_by_name() {
        String json = """
                {"version": 1, "groups": [], "adjustments": [], "needs": [],
                 "demands": [{"code": "driving", "label": "L", "description": "D"},
                             {"code": "driving", "label": "L2", "description": "D2"}]}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Duplicate demand code 'driving'");
    }

    @Test
    void a_code_that_is_not_lower_snake_case_is_rejected() {
        String json = """
                {"version": 1, "groups": [{"code": "Schedule", "label": "S"}],
                 "adjustments": [], "demands": [], "needs": []}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The group code 'Schedule' is not lower_snake_case");
    }

    @Test
    void a_missing_label_is_rejected_by_name() {
        String json = """
                {"version": 1, "groups": [], "adjustments": [], "needs": [],
                 "demands": [{"code": "driving", "description": "D"}]}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demand 'driving' has no label");
    }

    @Test
    void a_misspelt_key_is_rejected_rather_than_ignored() {
        String json = """
                {"version": 1, "groups": [], "adjustments": [], "demands": [], "needs": [], "needz": []}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Taxonomy JSON is not valid: Unrecognized field \"needz\"");
    }

    @Test
    void malformed_json_is_an_illegal_argument() {
        assertThatThrownBy(() -> read("{\"version\": "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Taxonomy JSON is not valid: ");
    }

    @Test
    void a_missing_version_is_rejected() {
        assertThatThrownBy(() -> read("{\"groups\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Taxonomy version must be a whole number of at least 1");
    }

    @Test
    void the_shipped_file_read_through_read_equals_the_default() {
        Taxonomy reread = Taxonomy.read(new ByteArrayInputStream(Taxonomy.defaultJson()));
        assertThat(reread.needs()).isEqualTo(taxonomy.needs());
        assertThat(reread.adjustments()).isEqualTo(taxonomy.adjustments());
    }

    private static Taxonomy read(String json) {
        return Taxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    // One group, one adjustment, one demand and a "fatigue" need whose body the test supplies.
    private static String minimal(String needBody) {
        return """
                {"version": 1,
                 "groups": [{"code": "schedule", "label": "Schedule"}],
                 "adjustments": [{"code": "flexible_start", "group": "schedule", "label": "L", "description": "D"}],
                 "demands": [{"code": "night_work", "label": "Night work", "description": "D"}],
                 "needs": [{"code": "fatigue", "label": "Fatigue", "helpsWith": "fatigue", %s}]}
                """.formatted(needBody);
    }
}
