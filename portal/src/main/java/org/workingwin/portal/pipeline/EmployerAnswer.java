package org.workingwin.portal.pipeline;

/** An employer's answer to an introduction. */
public enum EmployerAnswer {
    INVITE("Invite to interview"), NOT_PROGRESSING("Not progressing");

    private final String label;

    EmployerAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
