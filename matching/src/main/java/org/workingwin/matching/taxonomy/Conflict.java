package org.workingwin.matching.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * A job demand that clashes with a functional need, and the adjustments that make it acceptable.
 * It exists so that "heavy lifting is fine with lifting aids" is stated once, in the taxonomy file,
 * instead of being guessed by each piece of code that filters or explains a match.
 *
 * @param demand code of the conflicting {@link Demand}
 * @param mitigatedBy adjustment codes, any one of which removes the conflict; may be empty
 */
public record Conflict(String demand, List<String> mitigatedBy) {
    public Conflict {
        Objects.requireNonNull(demand, "demand");
        mitigatedBy = mitigatedBy == null ? List.of() : List.copyOf(mitigatedBy);
    }
}
