package org.workingwin.portal.contact;

/** How a specialist was in touch with an employer. */
public enum ContactKind {
    VISIT("Visit"), MEETING("Meeting"), PHONE("Phone call"), EMAIL("Email"), EVENT("Event or job fair"),
    INTRODUCTION("Introduction through the portal");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
