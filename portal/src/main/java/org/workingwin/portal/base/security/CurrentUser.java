package org.workingwin.portal.base.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.workingwin.portal.base.security.SignedInUser;

/** The person signed in to this browser session, kept in the Vaadin session on the server. */
public final class CurrentUser {

    private static final String ATTRIBUTE = SignedInUser.class.getName();

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInUser) session.getAttribute(ATTRIBUTE));
    }

    /** The signed-in user; views behind an access check can rely on it. */
    public static SignedInUser require() {
        return get().orElseThrow(() -> new org.workingwin.portal.base.security.NotAllowedException("Please sign in"));
    }

    /** A new session id on sign-in, so a session id known before sign-in is worth nothing after it. */
    public static void signIn(SignedInUser user) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, user);
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
            session.getSession().invalidate();
        }
    }
}
