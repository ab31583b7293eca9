package org.workingwin.portal.participant;

import java.util.List;

/**
 * What an employer may know of a participant introduced to them: first name, how to get in touch,
 * and only the needs the participant agreed to share (empty until an offer is made).
 */
public record IntroducedParticipant(String firstName, String contact, List<SharedNeed> sharedNeeds) {

    /** A need the participant agreed to share, with its note when there is one. */
    public record SharedNeed(String label, String note) {
    }
}
