package org.workingwin.portal.match;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.workingwin.matching.profile.Reason;

/** A participant suited to a vacancy, named for the specialist who may see them, with the reasons. */
@Serdeable
public record CandidateView(long participantId, String reference, String name, double score, List<Reason> reasons) {
}
