package org.workingwin.portal.directory;

/**
 * Who a listed organisation's help is for. A listing for {@link #ANYONE} is found whichever group a
 * visitor chooses.
 */
public enum Audience {
    ANYONE("Anyone"),
    OUT_OF_WORK("People out of work"),
    IN_WORK("People in work"),
    HEALTH_CONDITION("People with a health condition or disability"),
    YOUNG_PEOPLE("Young people (18 to 24)"),
    OVER_50("People over 50"),
    CARERS("Carers");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
