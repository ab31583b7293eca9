package org.workingwin.matching.profile;

import java.util.List;
import java.util.Objects;

/**
 * One reason why a vacancy and a participant were matched, or one thing to know about the match. It
 * exists so that every suggestion can be explained in plain words a specialist can read out, while
 * the portal still gets structure: the kind, whether it counts for or against, and the taxonomy or
 * other codes it is about (for example the need and the adjustment).
 *
 * @param kind what the reason is about
 * @param positive true when it speaks for the match, false for something missing or not wanted
 * @param sentence one plain UK English sentence without a final full stop
 * @param codes codes the reason refers to, most important first; may be empty
 */
public record Reason(ReasonKind kind, boolean positive, String sentence, List<String> codes) {
    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
