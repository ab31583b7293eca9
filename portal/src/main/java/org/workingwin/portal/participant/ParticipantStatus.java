package org.workingwin.portal.participant;

/** Where a participant is in the programme. Those who have left are not matched and not on a caseload count. */
public enum ParticipantStatus {
    LOOKING("Looking for work"), IN_WORK("In work, wanting support to stay"), LEFT("Left the programme");

    private final String label;

    ParticipantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
