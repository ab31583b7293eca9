package org.workingwin.portal.pipeline;

import java.util.List;
import java.util.Set;

/**
 * An opportunity as its specialist sees it: who, which vacancy, where it stands, the timeline (oldest
 * first) and the steps that may come next.
 */
public record OpportunityDetails(Opportunity opportunity, String participantName, String vacancyTitle,
                                 String organisationName, List<TimelineEntry> timeline, Set<StepKind> nextSteps,
                                 List<String> recruitmentAdjustments) {
}
