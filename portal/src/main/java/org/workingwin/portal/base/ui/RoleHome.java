package org.workingwin.portal.base.ui;

import org.workingwin.portal.base.security.Role;

/** Where each role lands after signing in. */
public final class RoleHome {

    private RoleHome() {
    }

    public static String of(Role role) {
        return switch (role) {
            case EMPLOYER -> "employer/vacancies";
            case SPECIALIST, ADMIN -> "specialist";
            case PARTICIPANT -> "me";
        };
    }
}
