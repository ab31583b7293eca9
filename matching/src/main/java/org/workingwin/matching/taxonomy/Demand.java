package org.workingwin.matching.taxonomy;

import java.util.Objects;

/**
 * Something a job asks of the person doing it (night work, heavy lifting). It exists because a
 * vacancy can be unsuitable for a participant even when every adjustment they need is offered; the
 * matching engine treats a demand that conflicts with a participant's need as a hard "no" unless a
 * mitigating adjustment is offered too.
 *
 * @param code stable lower_snake_case identifier
 * @param label short name shown to employers and specialists
 * @param description one plain-English sentence saying what the demand means in practice
 */
public record Demand(String code, String label, String description) {
    public Demand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
