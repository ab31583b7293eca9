package org.workingwin.portal.directory;

/** The kinds of help a listed organisation offers, each with the words a visitor reads. */
public enum HelpKind {
    EMPLOYMENT_SUPPORT("Help finding or keeping work"),
    TRAINING("Training and courses"),
    SKILLS("English, maths and digital skills"),
    VOLUNTEERING("Volunteering"),
    DEBT_BENEFITS("Debt and benefits advice"),
    MENTAL_HEALTH("Mental health support"),
    MUSCULOSKELETAL("Muscle, joint and back pain");

    private final String label;

    HelpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
