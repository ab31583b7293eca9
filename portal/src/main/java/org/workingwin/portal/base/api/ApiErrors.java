package org.workingwin.portal.base.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.server.DatabaseUnavailable;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.InvalidInputException;

/** API errors as JSON: a message and, for bad input, one message per field. Never a stack trace. */
public final class ApiErrors {

    private ApiErrors() {
    }

    @Serdeable
    public record ApiError(String message, Map<String, String> fields) {
    }

    @Produces
    @Singleton
    static final class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<ApiError>> {

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidInputException e) {
            return HttpResponse.badRequest(new ApiError("Some values are not valid", e.fieldErrors()));
        }
    }

    @Produces
    @Singleton
    static final class NotAllowedHandler implements ExceptionHandler<NotAllowedException, HttpResponse<ApiError>> {

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotAllowedException e) {
            return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(new ApiError(e.getMessage(), Map.of()));
        }
    }

    @Produces
    @Singleton
    static final class ChangedHandler
            implements ExceptionHandler<ChangedBySomeoneElseException, HttpResponse<ApiError>> {

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ChangedBySomeoneElseException e) {
            return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.CONFLICT)
                    .header("ETag", "\"" + e.currentVersion() + "\"")
                    .body(new ApiError(e.apiMessage(), Map.of()));
        }
    }

    @Produces
    @Singleton
    static final class NotAuthenticatedHandler
            implements ExceptionHandler<ApiActor.NotAuthenticatedException, HttpResponse<ApiError>> {

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ApiActor.NotAuthenticatedException e) {
            return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.UNAUTHORIZED)
                    .body(new ApiError(e.getMessage(), Map.of()));
        }
    }

    /**
     * Failures in reaching or using the database: 503 with Retry-After when it cannot be reached (the
     * client should try again; nothing was changed, as the transaction did not commit), otherwise the
     * plain 500 message. The log keeps the details; the answer never does.
     */
    abstract static class DataFailureHandler<E extends RuntimeException>
            implements ExceptionHandler<E, HttpResponse<ApiError>> {

        private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, E e) {
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.warn("{} {}: the database cannot be reached: {}", request.getMethod(), request.getPath(), e.toString());
                return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "30").body(new ApiError(DatabaseUnavailable.API_MESSAGE, Map.of()));
            }
            LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
            return HttpResponse.<ApiError>serverError(new ApiError("Something went wrong. Please try again later", Map.of()));
        }
    }

    @Produces
    @Singleton
    static final class ConnectionHandler
            extends DataFailureHandler<io.micronaut.data.connection.exceptions.ConnectionException> {
    }

    @Produces
    @Singleton
    static final class NoConnectionHandler
            extends DataFailureHandler<io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException> {
    }

    @Produces
    @Singleton
    static final class DataAccessHandler extends DataFailureHandler<io.micronaut.data.exceptions.DataAccessException> {
    }

    @Produces
    @Singleton
    static final class TransactionHandler
            extends DataFailureHandler<io.micronaut.transaction.exceptions.TransactionException> {
    }
}
