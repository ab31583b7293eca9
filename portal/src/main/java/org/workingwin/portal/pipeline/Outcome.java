package org.workingwin.portal.pipeline;

/** How an introduction ended. */
public enum Outcome {
    NOT_SELECTED("Not selected"), OFFER_DECLINED("Offer declined"), PARTICIPANT_WITHDREW("Participant withdrew"),
    VACANCY_CLOSED("Vacancy closed or filled"), JOB_ENDED("Job ended"), STILL_IN_WORK("Still in work");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
