package org.workingwin.portal.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * While portal.security.two-factor-required is on, a specialist or administrator who signed in without
 * two-factor sign-in set up is sent to set it up, from every other page, until they have.
 */
@Singleton
class TwoFactorGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(TwoFactorGuard::check));
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (SignInSession.setUpRequired() && target != TwoFactorView.class
                && !HasErrorParameter.class.isAssignableFrom(target)) {
            event.forwardTo(TwoFactorView.class);
        }
    }
}
