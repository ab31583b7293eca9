package org.workingwin.portal.account.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.api.ApiActor;

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

    /**
     * Thrown rather than returned: the API's exception handler writes the JSON message, which a response
     * made here would not be for operations that return ready-made text (metrics, the JSON-LD feed).
     */
    private static HttpResponse<?> refused() {
        throw ApiActor.invalidToken();
    }
}
