package org.workingwin.portal.employer;

/** Organisation size by number of employees, as the UK's business statistics band it. */
public enum SizeBand {
    MICRO("1 to 9 employees"), SMALL("10 to 49 employees"), MEDIUM("50 to 249 employees"),
    LARGE("250 or more employees");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
