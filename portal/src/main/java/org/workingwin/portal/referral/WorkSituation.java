package org.workingwin.portal.referral;

/** The eligibility question about work, as a person answers it. */
public enum WorkSituation {
    OUT_OF_WORK("I am out of work and would like to work"),
    IN_WORK_STRUGGLING("I am in work and my health makes it hard to stay in work"),
    IN_WORK_MANAGING("I am in work and managing");

    private final String label;

    WorkSituation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
