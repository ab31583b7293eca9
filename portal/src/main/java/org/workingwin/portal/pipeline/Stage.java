package org.workingwin.portal.pipeline;

/**
 * Where a vacancy stands for one participant. The working stages run in this order; DISMISSED is left
 * before an introduction, CLOSED (with an outcome) after one.
 */
public enum Stage {
    SHORTLISTED("Shortlisted"), SHARED("Shared with the participant"), INTERESTED("Participant interested"),
    INTRODUCED("Introduced to the employer"), INTERVIEW("Interview arranged"), OFFER("Offer made"),
    STARTED("Started work"), DISMISSED("Dismissed"), CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Introduced to the employer, so the employer sees it in their Introductions. */
    public boolean employerSees() {
        return this == INTRODUCED || this == INTERVIEW || this == OFFER || this == STARTED || this == CLOSED;
    }
}
