package org.workingwin.portal.operations;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * Counts errors raised inside pages (an event handler that throws) before Vaadin's own handler logs them:
 * they never reach the request filter as a server error, since the page answers normally.
 */
@Singleton
class UiErrorObserver implements VaadinServiceInitListener {

    private final ErrorCounter errors;

    UiErrorObserver(ErrorCounter errors) {
        this.errors = errors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ErrorHandler counting = new CountingHandler(errors);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(counting));
    }

    private static final class CountingHandler implements ErrorHandler {

        private final ErrorCounter errors;
        private final DefaultErrorHandler logging = new DefaultErrorHandler();

        CountingHandler(ErrorCounter errors) {
            this.errors = errors;
        }

        @Override
        public void error(ErrorEvent event) {
            errors.count("ui");
            logging.error(event);
        }
    }
}
