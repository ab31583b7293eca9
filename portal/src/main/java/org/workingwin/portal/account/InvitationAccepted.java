package org.workingwin.portal.account;

/**
 * A participant accepted their invitation: published inside the acceptance's transaction, so the
 * participant feature links the new account to the record, or the acceptance fails as a whole.
 */
public record InvitationAccepted(long userId, long participantId) {
}
