package org.workingwin.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load test's copy of a page, from changes shaped as the portal's server sends them. */
class UiTreeTest {

    private final ObjectMapper json = new ObjectMapper();

    private UiTree tree(String changes) throws Exception {
        UiTree tree = new UiTree();
        tree.apply(json.readTree("{\"constants\":{\"h1\":{\"event.detail\":false}},\"changes\":" + changes + "}"));
        return tree;
    }

    @Test
    void elements_are_found_by_id_with_their_text_links_and_listeners() throws Exception {
        UiTree tree = tree("""
                [{"node":1,"type":"attach"},{"node":1,"type":"put","feat":0,"key":"tag","value":"body"},
                 {"node":3,"type":"attach"},{"node":3,"type":"put","feat":0,"key":"tag","value":"div"},
                 {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},
                 {"node":4,"type":"attach"},{"node":4,"type":"put","feat":7,"key":"text","value":"Care assistant"},
                 {"node":5,"type":"attach"},{"node":5,"type":"put","feat":0,"key":"tag","value":"a"},
                 {"node":5,"type":"put","feat":3,"key":"href","value":"vacancy/42"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[4]},
                 {"node":6,"type":"attach"},{"node":6,"type":"put","feat":0,"key":"tag","value":"vaadin-button"},
                 {"node":6,"type":"put","feat":3,"key":"id","value":"search"},
                 {"node":6,"type":"put","feat":4,"key":"click","value":"h1"},
                 {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[5,6]}]""");
        assertThat(tree.byId("search").orElseThrow().id).isEqualTo(6);
        assertThat(tree.byId("search").orElseThrow().listeners()).containsOnlyKeys("click");
        assertThat(tree.constant("h1").has("event.detail")).isTrue();
        assertThat(tree.text(1).trim()).isEqualTo("Care assistant");
        assertThat(tree.links()).containsExactly("vacancy/42");
    }

    @Test
    void splices_remove_and_insert_children_and_detached_nodes_are_gone() throws Exception {
        UiTree tree = tree("""
                [{"node":1,"type":"attach"},
                 {"node":2,"type":"attach"},{"node":2,"type":"put","feat":7,"key":"text","value":"one"},
                 {"node":3,"type":"attach"},{"node":3,"type":"put","feat":7,"key":"text","value":"two"},
                 {"node":4,"type":"attach"},{"node":4,"type":"put","feat":7,"key":"text","value":"three"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2,3]},
                 {"node":1,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":1,"type":"splice","feat":2,"index":1,"addNodes":[4]},
                 {"node":2,"type":"detach"}]""");
        assertThat(tree.text(1).trim()).isEqualTo("two three");
        assertThat(tree.size()).isEqualTo(3);
    }

    @Test
    void the_mix_of_100_people_is_35_visitors_15_participants_30_specialists_20_employers_interleaved() {
        List<Journeys.Role> roles = LoadTestMain.roles(100);
        assertThat(Collections.frequency(roles, Journeys.Role.VISITOR)).isEqualTo(35);
        assertThat(Collections.frequency(roles, Journeys.Role.PARTICIPANT)).isEqualTo(15);
        assertThat(Collections.frequency(roles, Journeys.Role.SPECIALIST)).isEqualTo(30);
        assertThat(Collections.frequency(roles, Journeys.Role.EMPLOYER)).isEqualTo(20);
        assertThat(roles.subList(0, 10)).contains(Journeys.Role.VISITOR, Journeys.Role.PARTICIPANT,
                Journeys.Role.SPECIALIST, Journeys.Role.EMPLOYER);
    }
}
