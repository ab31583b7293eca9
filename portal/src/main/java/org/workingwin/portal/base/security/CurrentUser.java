package org.workingwin.portal.base.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.workingwin.portal.base.security.SignedInUser;

/** The person signed in to this browser session, kept in the Vaadin session on the server. */
public final class CurrentUser {

    private static final String ATTRIBUTE = SignedInUser.class.getName();
    /** The account's session generation when this session signed in (see {@link SessionGenerations}). */
    private static final String GENERATION = CurrentUser.class.getName() + ".generation";

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
        VaadinSession.getCurrent().setAttribute(GENERATION, null);
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, user);
    }

    /** The session generation this session remembers; empty until the access guard first records it. */
    public static Optional<Integer> generation() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Integer) session.getAttribute(GENERATION));
    }

    /** Remembers the generation this session is valid under (on its first check, or after ending the others). */
    public static void rememberGeneration(int generation) {
        VaadinSession.getCurrent().setAttribute(GENERATION, generation);
    }

    /**
     * Forgets the user of a session that another session ended, and gives it a new id; the page that
     * noticed sends the browser to sign-in, so the session itself stays for that answer.
     */
    public static void endStale() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(ATTRIBUTE, null);
        session.setAttribute(GENERATION, null);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
            session.setAttribute(GENERATION, null);
            session.getSession().invalidate();
        }
    }
}
