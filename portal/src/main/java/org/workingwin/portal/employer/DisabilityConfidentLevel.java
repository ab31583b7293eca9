package org.workingwin.portal.employer;

/** The government's Disability Confident scheme levels, which participants and specialists look for. */
public enum DisabilityConfidentLevel {
    NONE("Not signed up"), COMMITTED("Level 1: Disability Confident Committed"),
    EMPLOYER("Level 2: Disability Confident Employer"), LEADER("Level 3: Disability Confident Leader");

    private final String label;

    DisabilityConfidentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
