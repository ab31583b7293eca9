package org.workingwin.portal.participantportal;

import java.util.List;
import org.workingwin.portal.pipeline.MyOpportunity;

/**
 * A vacancy on the participant's home page: where it stands, why it could suit them and what to ask
 * about, each a short sentence from the engine.
 */
public record SharedVacancy(MyOpportunity opportunity, List<String> suits, List<String> askAbout) {
}
