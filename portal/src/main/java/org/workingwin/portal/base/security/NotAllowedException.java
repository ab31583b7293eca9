package org.workingwin.portal.base.security;

/** The actor may not see or do this. Views show the "not allowed" page; the API answers 403. */
public final class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }

    /** Fails unless the actor has one of the roles. */
    public static void requireRole(SignedInUser actor, Role... roles) {
        if (actor == null || !actor.is(roles)) {
            throw new NotAllowedException("You are not allowed to do this");
        }
    }
}
