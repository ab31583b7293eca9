package org.workingwin.portal.participant;

import java.util.List;

/** A participant with their coded needs, as the service returns it to those allowed to see it. */
public record ParticipantDetails(Participant participant, List<ParticipantNeed> needs) {
}
