package org.workingwin.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.taxonomy.Taxonomy;

class NeedRulesTest {

    private final NeedRules rules = new NeedRules(Taxonomy.loadDefault());

    @Test
    void flexible_start_meets_fatigue_walking_and_sleep_needs() {
        assertThat(List.copyOf(rules.needsMet(Set.of("flexible_start"))))
                .containsExactly("fatigue", "sleep_medication", "walking_travel_limits");
    }

    @Test
    void no_adjustment_meets_no_need() {
        assertThat(rules.needsMet(Set.of())).isEmpty();
        assertThat(rules.needsMet(Set.of("jetpack"))).isEmpty();
    }

    @Test
    void night_work_clashes_with_fatigue_and_sleep_until_a_fixed_daytime_pattern_is_offered() {
        assertThat(List.copyOf(rules.needsInConflict(Set.of(), Set.of("night_work")))).containsExactly("fatigue", "sleep_medication");
        assertThat(rules.needsInConflict(Set.of("fixed_daytime"), Set.of("night_work"))).isEmpty();
    }

    @Test
    void each_clash_needs_its_own_mitigation() {
        // Swapping tasks makes driving acceptable for walking limits, but not night work for sleep.
        assertThat(List.copyOf(rules.needsInConflict(Set.of("swap_tasks"), Set.of("driving", "night_work"))))
                .containsExactly("fatigue", "sleep_medication");
    }
}
