package org.workingwin.portal.pipeline;

/** One step on an opportunity's timeline. */
public enum StepKind {
    SHORTLISTED("Shortlisted"), DISMISSED("Dismissed"), SHARED("Shared with the participant"),
    INTERESTED("Participant said they are interested"), INTRODUCED("Introduced to the employer"),
    EMPLOYER_INVITED("Employer invited them to interview"), EMPLOYER_DECLINED("Employer is not progressing"),
    INTERVIEW("Interview"), OFFER("Job offer"), JOB_START("Job start"), OUTCOME("Outcome");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
