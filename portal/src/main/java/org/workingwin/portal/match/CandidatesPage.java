package org.workingwin.portal.match;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of candidates for a vacancy, within what the actor may see. */
@Serdeable
public record CandidatesPage(long total, int page, int pageSize, List<CandidateView> candidates) {
}
