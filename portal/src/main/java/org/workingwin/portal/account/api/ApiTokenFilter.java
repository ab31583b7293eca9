package org.workingwin.portal.account.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.api.ApiActor;
import org.workingwin.portal.base.api.ApiErrors;

/**
 * Reads the bearer token of every API request. A valid token makes its owner the request's actor; an
 * unknown or revoked token is refused at once. Requests without a token reach only public endpoints,
 * because protected endpoints ask {@link ApiActor#require}.
 */
@ServerFilter("/api/**")
class ApiTokenFilter {

    private final ApiTokenService tokens;

    ApiTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.startsWith("Bearer ")) {
            return refused();
        }
        var user = tokens.authenticate(header.substring("Bearer ".length()).strip());
        if (user.isEmpty()) {
            return refused();
        }
        request.setAttribute(ApiActor.ATTRIBUTE, user.get());
        return null;
    }

    private static HttpResponse<?> refused() {
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .body(new ApiErrors.ApiError("The API token is not valid or has been revoked", Map.of()));
    }
}
