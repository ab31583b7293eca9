package org.workingwin.portal.randomisation;

/** The two arms of the trial, allocated 1:1. */
public enum Arm {
    NEW_SERVICE("New service: an employment specialist"), CONTROL("Control: information on existing local services");

    private final String label;

    Arm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
