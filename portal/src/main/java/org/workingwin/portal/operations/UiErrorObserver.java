package org.workingwin.portal.operations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.workingwin.portal.base.server.DatabaseUnavailable;
import org.workingwin.portal.base.ui.FormErrors;

/**
 * Counts errors raised inside pages (an event handler that throws) before Vaadin's own handler logs them:
 * they never reach the request filter as a server error, since the page answers normally. The person is
 * told that the action was not done (and why, when the database cannot be reached).
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

    static final class CountingHandler implements ErrorHandler {

        /** Shown when an action failed for any reason but the database (the log has the details). */
        static final String OTHER_FAILURE = "Something went wrong on our side, so this was not done. "
                + "Nothing you typed has been lost: please try again.";

        private final ErrorCounter errors;
        private final DefaultErrorHandler logging = new DefaultErrorHandler();

        CountingHandler(ErrorCounter errors) {
            this.errors = errors;
        }

        @Override
        public void error(ErrorEvent event) {
            errors.count("ui");
            logging.error(event);
            // Vaadin shows nothing in production: without this the person's click would seem to do nothing.
            if (UI.getCurrent() != null) {
                FormErrors.error(DatabaseUnavailable.causedBy(event.getThrowable()) ? DatabaseUnavailable.PAGE_MESSAGE
                        : OTHER_FAILURE);
            }
        }
    }
}
