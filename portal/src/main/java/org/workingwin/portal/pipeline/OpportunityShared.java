package org.workingwin.portal.pipeline;

/**
 * Published when a specialist shares a vacancy with a participant, so that features which tell the
 * participant (email) can listen without the pipeline depending on them.
 */
public record OpportunityShared(long opportunityId, long participantId, long vacancyId) {
}
