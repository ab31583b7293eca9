package org.workingwin.portal.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.workingwin.portal.account.PendingSignIn;
import org.workingwin.portal.account.SecuritySettings;
import org.workingwin.portal.base.ui.DateTimes;

/**
 * What sign-in keeps in the browser's server-side session between steps: the account waiting for its code,
 * and whether a staff member must set up two-factor sign-in before anything else.
 */
final class SignInSession {

    private static final String RETURN = "return";
    private static final String PENDING = PendingSignIn.class.getName();
    private static final String SET_UP_REQUIRED = SignInSession.class.getName() + ".setUpRequired";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private SignInSession() {
    }

    static PendingSignIn pending() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
    }

    static void setPending(PendingSignIn pending) {
        VaadinSession.getCurrent().setAttribute(PENDING, pending);
    }

    static boolean setUpRequired() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(SET_UP_REQUIRED));
    }

    static void setUpRequired(boolean required) {
        VaadinSession.getCurrent().setAttribute(SET_UP_REQUIRED, required ? Boolean.TRUE : null);
    }

    /** The address the request came from (see {@link SecuritySettings#clientAddress}). */
    static String clientAddress(SecuritySettings settings) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown"
                : settings.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The lock-out message, with the time rounded up to the minute so "after 18:42" is never too early. */
    static String lockedMessage(Instant until) {
        Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
        Instant shown = minute.equals(until) ? minute : minute.plus(1, ChronoUnit.MINUTES);
        return "Try again after " + TIME.format(shown.atZone(DateTimes.ZONE)) + ", or reset your password.";
    }

    /** The page to go to after sign-in, from "?return=": only local paths, never another site. */
    static String returnTo(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(RETURN, List.of());
        return values.stream().filter(v -> !v.contains("//") && !v.contains(":")).findFirst().orElse(null);
    }

    static QueryParameters returning(String returnTo) {
        return returnTo == null ? QueryParameters.empty() : QueryParameters.simple(Map.of(RETURN, returnTo));
    }

    static final String LOCKED_TITLE = "Too many attempts to sign in.";
}
