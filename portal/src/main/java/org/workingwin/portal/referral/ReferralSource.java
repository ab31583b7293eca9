package org.workingwin.portal.referral;

/** How a referral reached the trial. */
public enum ReferralSource {
    SELF("Asked for themselves"), HEALTH_PROFESSIONAL("Referred by a GP or health professional"),
    IN_WORK_EMPLOYEE("In-work support: asked for themselves"),
    IN_WORK_EMPLOYER("In-work support: asked by their employer");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean inWork() {
        return this == IN_WORK_EMPLOYEE || this == IN_WORK_EMPLOYER;
    }
}
