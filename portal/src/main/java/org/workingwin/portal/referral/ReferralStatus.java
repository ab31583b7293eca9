package org.workingwin.portal.referral;

/** Where a referral stands in the administrators' queue. */
public enum ReferralStatus {
    NEW("New: arrange a first appointment"), CONSENTED("Consent recorded: reveal the allocation"),
    NEW_SERVICE("New service: give them a specialist"), ENROLLED("New service: on a caseload"),
    CONTROL("Control: information pack given"), CLOSED("Closed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
