package org.workingwin.portal.participant;

/** How a participant would like to be contacted, by their specialist or an employer they are introduced to. */
public enum PreferredContact {
    EMAIL("Email"), PHONE("Phone call"), TEXT("Text message");

    private final String label;

    PreferredContact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Email needs an email address; a call or a text needs a phone number. */
    public boolean usesPhone() {
        return this != EMAIL;
    }
}
