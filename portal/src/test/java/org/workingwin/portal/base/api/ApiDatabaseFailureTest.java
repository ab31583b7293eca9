package org.workingwin.portal.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fault drill D found the API answering a stopped database with a bare 500 after a 30 s wait; it now says
 * 503, when to try again, and that nothing changed. Other data failures stay a plain 500.
 */
class ApiDatabaseFailureTest {

    private final HttpRequest<?> request = HttpRequest.GET("/api/v1/job-postings");

    @Test
    void a_database_that_cannot_be_reached_is_a_503_with_retry_after_and_a_message() {
        HttpResponse<ApiErrors.ApiError> response = new ApiErrors.ConnectionHandler().handle(request,
                new ConnectionException("Could not set JDBC Connection read-only",
                        new SQLException("Communications link failure", "08S01")));
        assertThat(response.code()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("30");
        assertThat(response.body()).isEqualTo(new ApiErrors.ApiError(
                "The service cannot reach its database just now. Nothing was changed: try again in a minute.",
                Map.of()));
    }

    @Test
    void another_data_failure_is_a_500_without_details() {
        HttpResponse<ApiErrors.ApiError> response = new ApiErrors.DataAccessHandler().handle(request,
                new DataAccessException("Error executing SQL INSERT: Duplicate entry 'x' for key 'PRIMARY'",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")));
        assertThat(response.code()).isEqualTo(500);
        assertThat(response.body()).isEqualTo(new ApiErrors.ApiError("Something went wrong. Please try again later",
                Map.of()));
    }
}
