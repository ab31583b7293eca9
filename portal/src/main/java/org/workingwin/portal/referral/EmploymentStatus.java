package org.workingwin.portal.referral;

/** The employment half of the randomisation stratum. */
public enum EmploymentStatus {
    OUT_OF_WORK("Out of work"), IN_WORK("In work");

    private final String label;

    EmploymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
