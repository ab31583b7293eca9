package org.workingwin.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.workingwin.portal.base.security.SessionGenerations;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.security.CurrentUser;

/**
 * Checks every navigation on the server before a view is created: a view must declare who may enter
 * ({@link AnonymousAllowed} or {@link RolesAllowed}); a view that declares nothing is closed to all.
 * Services check the actor again, so a missed check here still shows no data.
 */
@Singleton
class AccessGuard implements VaadinServiceInitListener {

    /** The account feature's sign-in route; named, not imported, so the shared frame does not depend on it. */
    static final String SIGN_IN = "sign-in";
    /** The query parameter that makes sign-in say why the session ended. */
    static final String ENDED = "ended";

    private final SessionGenerations generations;

    AccessGuard(SessionGenerations generations) {
        this.generations = generations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // Error views (not found, server error, not allowed) show no data and must always be reachable.
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isPresent() && stale(user.get())) {
            CurrentUser.endStale();
            event.forwardTo(SIGN_IN, QueryParameters.simple(Map.of(ENDED, "elsewhere")));
            return;
        }
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        if (user.isEmpty() && target.isAnnotationPresent(RolesAllowed.class)) {
            event.forwardTo(SIGN_IN, QueryParameters.simple(Map.of("return", event.getLocation().getPathWithQueryParameters())));
            return;
        }
        if (user.isEmpty() || !allows(target, user.get().role())) {
            event.rerouteTo(NotAllowedView.class);
        }
    }

    /**
     * True when the account's sessions were ended after this one signed in. A session remembers the
     * account's generation on its first navigation, which follows sign-in in the same request.
     */
    private boolean stale(SignedInUser user) {
        OptionalInt current = generations.current(user.id());
        if (current.isEmpty()) {
            return true;
        }
        Optional<Integer> remembered = CurrentUser.generation();
        if (remembered.isEmpty()) {
            CurrentUser.rememberGeneration(current.getAsInt());
            return false;
        }
        return remembered.get() != current.getAsInt();
    }

    static boolean allows(Class<?> target, Role role) {
        RolesAllowed allowed = target.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(role.name());
    }
}
