package org.workingwin.portal.vacancy;

import org.workingwin.matching.vacancy.WorkMode;

/** Plain words for the engine's work modes. */
public final class WorkModes {

    private WorkModes() {
    }

    public static String label(WorkMode mode) {
        return switch (mode) {
            case ON_SITE -> "On site";
            case HYBRID -> "Hybrid (some days at home)";
            case REMOTE -> "Remote (from home)";
        };
    }
}
