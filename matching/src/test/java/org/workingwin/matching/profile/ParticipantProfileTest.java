package org.workingwin.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workingwin.matching.profile.TestProfile.profile;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.WorkMode;

class ParticipantProfileTest {

    @Test
    void blank_text_becomes_null_and_missing_collections_become_empty() {
        ParticipantProfile p = new ParticipantProfile(1, "  ", null, "", null, null, null, null, null, null, " ", null, 0,
                null, null, null);
        assertThat(p.wantedRoles()).isNull();
        assertThat(p.skills()).isNull();
        assertThat(p.homeDistrict()).isNull();
        assertThat(p.occupationCodes()).isEmpty();
        assertThat(p.workModes()).isEmpty();
        assertThat(p.needs()).isEmpty();
        assertThat(p.demandsToAvoid()).isEmpty();
    }

    @Test
    void collections_are_sorted_copies_that_cannot_change() {
        Set<String> codes = new HashSet<>(Set.of("9252", "6135"));
        Map<String, NeedLevel> needs = new HashMap<>(Map.of("stress", NeedLevel.WOULD_HELP, "fatigue", NeedLevel.MUST_HAVE));
        ParticipantProfile p = new ParticipantProfile(1, null, codes, null, null, null, null, null, null, null, null, null,
                5, EnumSet.of(WorkMode.REMOTE, WorkMode.ON_SITE), needs, null);
        codes.add("1111");
        needs.clear();
        assertThat(List.copyOf(p.occupationCodes())).containsExactly("6135", "9252");
        assertThat(List.copyOf(p.needs().keySet())).containsExactly("fatigue", "stress");
        assertThat(List.copyOf(p.workModes())).containsExactly(WorkMode.ON_SITE, WorkMode.REMOTE);
        assertThat(p.hasNeed("fatigue", NeedLevel.MUST_HAVE)).isTrue();
        assertThat(p.hasNeed("fatigue", NeedLevel.WOULD_HELP)).isFalse();
    }

    @Test
    void equal_profiles_are_equal_whatever_the_order_they_were_given_in() {
        assertThat(profile(1).occupations("1", "2").build()).isEqualTo(profile(1).occupations("2", "1").build());
    }

    @Test
    void impossible_hours_pay_or_distance_are_refused() {
        assertThatThrownBy(() -> profile(4).hours(30.0, 20.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Participant 4 wants 30.0 to 20.0 hours; lowest must come first");
        assertThatThrownBy(() -> profile(4).minimumPay(-1.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Minimum hourly pay must be 0 or more, not -1.0");
        assertThatThrownBy(() -> profile(4).home("S1", null, Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Travel distance must be 0 km or more, not NaN");
    }
}
