package org.workingwin.portal.vacancy;

public enum PayPeriod {
    HOUR("per hour"), WEEK("per week"), MONTH("per month"), YEAR("per year");

    private final String label;

    PayPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
