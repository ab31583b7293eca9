package org.workingwin.portal.base.security;

/** What a signed-in person may do; every view and service checks it on the server. */
public enum Role {
    EMPLOYER, SPECIALIST, PARTICIPANT, ADMIN
}
