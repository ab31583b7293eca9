package org.workingwin.portal.base.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The failures seen in fault drill D (the database stopped during a save) and some that are not outages. */
class DatabaseUnavailableTest {

    @Test
    void a_stale_pooled_connection_to_a_stopped_database_is_an_outage() {
        // As logged in the drill: Micronaut could not set the connection read-only, Connector/J lost the link.
        var lost = new ConnectionException("Could not set JDBC Connection read-only: Communications link failure",
                new SQLException("Communications link failure", "08S01"));
        assertThat(DatabaseUnavailable.causedBy(lost)).isTrue();
    }

    @Test
    void a_pool_that_timed_out_waiting_for_a_connection_is_an_outage() {
        var timedOut = new RuntimeException("Failed to obtain JDBC Connection", new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5001ms"));
        assertThat(DatabaseUnavailable.causedBy(timedOut)).isTrue();
    }

    @Test
    void a_connection_exception_deep_in_the_causes_is_found() {
        var deep = new DataAccessException("Error executing SQL UPDATE",
                new IllegalStateException("wrapped", new SQLException("Connection is closed", "08003")));
        assertThat(DatabaseUnavailable.causedBy(deep)).isTrue();
    }

    @Test
    void a_broken_rule_or_a_bug_is_not_an_outage() {
        assertThat(DatabaseUnavailable.causedBy(new DataAccessException("Error executing SQL INSERT",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no such vacancy"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    }
}
