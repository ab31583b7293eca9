package org.workingwin.portal.referral;

import java.util.List;

/** The participant information sheet versions a consent can be given on, newest first. */
public final class InformationSheet {

    public static final List<String> VERSIONS = List.of("Version 3.1, 1 September 2026", "Version 3.0, 1 March 2026");

    private InformationSheet() {
    }
}
