package org.workingwin.matching.vacancy;

import java.util.List;
import java.util.Objects;
import org.workingwin.matching.profile.Reason;

/**
 * One vacancy suggested for a participant, with its score and its reasons. It exists so that a
 * specialist reviewing suggestions sees, beside each vacancy, why it was suggested and what is
 * missing, in the engine's own words, without a second call.
 *
 * @param vacancy the vacancy as a results list shows it; its distance is from the participant's home
 * @param score the engine's rank score; only its order means anything
 * @param reasons plain-English reasons, in the order {@link org.workingwin.matching.profile.ReasonWriter} gives
 */
public record Match(VacancyHit vacancy, double score, List<Reason> reasons) {
    public Match {
        Objects.requireNonNull(vacancy, "vacancy");
        reasons = List.copyOf(reasons);
    }
}
