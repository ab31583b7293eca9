package org.workingwin.matching.participant;

import java.util.List;
import org.workingwin.matching.profile.Reason;

/**
 * One participant suggested for a vacancy, with the score and the reasons. It exists so that a
 * specialist looking at a new vacancy sees which of their participants it suits and why, in the same
 * words as when they look at the participant's own suggestions. It carries only the participant's id:
 * the portal decides, by caseload and consent, what else it may show.
 *
 * @param participantId the participant's id in the portal
 * @param score the engine's rank score; only its order means anything
 * @param reasons plain-English reasons, as {@link org.workingwin.matching.profile.ReasonWriter} writes them
 */
public record Candidate(long participantId, double score, List<Reason> reasons) {
    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
