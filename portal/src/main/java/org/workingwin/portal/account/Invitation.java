package org.workingwin.portal.account;

import java.time.Instant;
import org.workingwin.portal.base.security.Role;

/** An invitation as pages show it: who it is for, the role it gives, who sent it and until when it works. */
public record Invitation(long id, String email, String name, Role role, String invitedBy, Instant sentAt,
                         Instant expiresAt, boolean expired) {
}
