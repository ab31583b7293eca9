package org.workingwin.matching.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * A functional need a participant may have (fatigue, concentration), described by its effect on work
 * rather than by diagnosis. It exists so that participants never have to disclose a condition: the
 * engine only needs to know which adjustments meet the need and which job demands clash with it.
 *
 * @param code stable lower_snake_case identifier
 * @param label short name shown to specialists and participants
 * @param helpsWith phrase that completes "which helps with …" in a match reason, such as "fatigue"
 * @param metBy adjustment codes, any one of which meets the need
 * @param conflicts demands that clash with the need unless mitigated
 */
public record Need(
        String code, String label, String helpsWith, List<String> metBy, List<Conflict> conflicts) {
    public Need {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(helpsWith, "helpsWith");
        metBy = metBy == null ? List.of() : List.copyOf(metBy);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
