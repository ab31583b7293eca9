package org.workingwin.portal.base.security;

import io.micronaut.core.annotation.Nullable;

/**
 * Who is acting, passed into every service call that reads or changes protected data, so the
 * service (not the screen) decides what is allowed.
 */
public record SignedInUser(long id, String email, String displayName, Role role, @Nullable Long organisationId) {

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
