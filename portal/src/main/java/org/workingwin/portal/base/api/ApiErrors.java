package org.workingwin.portal.base.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Map;
import org.workingwin.portal.base.security.NotAllowedException;
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
}
