package org.workingwin.matching.taxonomy;

import java.util.Objects;

/**
 * A workplace adjustment an employer can offer. It exists as data rather than an enum so that the
 * wording can change, and new adjustments appear, without a code release; the code is what vacancies
 * and participant profiles store, and the description is written for a participant to read.
 *
 * @param code stable lower_snake_case identifier
 * @param group code of the {@link AdjustmentGroup} it is listed under
 * @param label short name, as an employer would tick it
 * @param description one plain-English sentence saying what the participant would get
 */
public record Adjustment(String code, String group, String label, String description) {
    public Adjustment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
