package org.workingwin.matching.taxonomy;

import java.util.Objects;

/**
 * A heading under which adjustments are shown (schedule, location and so on). It exists so that an
 * employer ticking adjustments and a participant reading them see the same short, familiar
 * grouping, rather than one long list of thirty-odd items.
 *
 * @param code stable lower_snake_case identifier, stored in the database
 * @param label plain UK English heading shown to people
 */
public record AdjustmentGroup(String code, String label) {
    public AdjustmentGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
