package org.workingwin.portal.account.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
    void authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        // Thrown rather than answered here: the API's exception handler writes the JSON message, which a
        // response made in this filter would not be for operations that return ready-made text (metrics, the
        // JSON-LD feed).
        if (!header.startsWith("Bearer ")) {
            throw ApiActor.invalidToken();
        }
        var user = tokens.authenticate(header.substring("Bearer ".length()).strip());
        if (user.isEmpty()) {
            throw ApiActor.invalidToken();
        }
        request.setAttribute(ApiActor.ATTRIBUTE, user.get());
    }
}
