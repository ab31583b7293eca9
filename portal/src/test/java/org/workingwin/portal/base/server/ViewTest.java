package org.workingwin.portal.base.server;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Base of the view tests: Vaadin's browserless test environment with the real Micronaut beans (H2 in
 * memory), so views are created exactly as in the portal, through the same instantiator and access guard.
 */
public abstract class ViewTest extends BrowserlessTest {

    private static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        context = ApplicationContext.run("test");
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    protected static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.workingwin.portal");
    }

    /** Navigates like a browser would, without insisting on where the router ends up. */
    protected void visit(Class<? extends com.vaadin.flow.component.Component> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(view);
    }

    @Override
    protected Set<Class<?>> lookupServices() {
        return Set.of(TestInstantiatorFactory.class);
    }

    /**
     * Puts the user in the session as sign-in does; the session-id change of a real sign-in needs a real
     * HTTP session, which the browser tests cover.
     */
    protected void signInAs(SignedInUser user) {
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(SignedInUser.class.getName(), user);
    }

    /** Found through the browserless lookup; hands views to Micronaut like the portal's own factory. */
    public static final class TestInstantiatorFactory implements InstantiatorFactory {

        @Override
        public Instantiator createInstantitor(VaadinService service) {
            return new MicronautInstantiator(service, context);
        }
    }
}
