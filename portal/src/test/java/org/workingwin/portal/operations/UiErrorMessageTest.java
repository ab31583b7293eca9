package org.workingwin.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Fault drill D found that a save failing because the database had stopped showed nothing at all: the
 * click seemed to do nothing. Every failed action now tells the person it was not done.
 */
class UiErrorMessageTest extends BrowserlessTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UiErrorObserver.CountingHandler handler = new UiErrorObserver.CountingHandler(new ErrorCounter(registry));

    @Test
    void a_save_that_cannot_reach_the_database_says_so_and_that_nothing_typed_is_lost() {
        handler.error(new ErrorEvent(new ConnectionException("Could not set JDBC Connection read-only",
                new SQLException("Communications link failure", "08S01"))));
        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text")).containsExactly(
                "The portal cannot reach its database just now, so this was not done and nothing was saved. "
                        + "Nothing you typed has been lost: try again in a minute.");
        assertThat(registry.find("portal.errors").tag("kind", "ui").counter().count()).isEqualTo(1.0);
    }

    @Test
    void any_other_failure_says_the_action_was_not_done() {
        handler.error(new ErrorEvent(new IllegalStateException("a fault in the portal")));
        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text")).containsExactly(
                "Something went wrong on our side, so this was not done. Nothing you typed has been lost: "
                        + "please try again.");
    }
}
