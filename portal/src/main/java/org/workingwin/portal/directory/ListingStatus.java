package org.workingwin.portal.directory;

/**
 * A listing's life: anyone submits it (PENDING); an administrator approves it, and only then does it
 * appear in the directory, or rejects it with a reason.
 */
public enum ListingStatus {
    PENDING("Waiting for approval"), APPROVED("Listed"), REJECTED("Not listed");

    private final String label;

    ListingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
