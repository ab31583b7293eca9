package org.workingwin.portal.vacancy;

/** When in the week the work happens; a vacancy has one or more. */
public enum WorkPattern {
    DAYS("Days"), EVENINGS("Evenings"), NIGHTS("Nights"), WEEKENDS("Weekends");

    private final String label;

    WorkPattern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
