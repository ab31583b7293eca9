package org.workingwin.portal.base.api;

import io.micronaut.http.HttpRequest;
import org.workingwin.portal.base.security.SignedInUser;

/** Who is calling the API, as the token filter (account.api) found from the bearer token. */
public final class ApiActor {

    /** The request attribute the token filter sets. */
    public static final String ATTRIBUTE = "workingwin.api.actor";

    private ApiActor() {
    }

    /** The caller, or a 401 answer when the request carries no valid token. */
    public static SignedInUser require(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, SignedInUser.class).orElseThrow(NotAuthenticatedException::new);
    }


    /** A 401 for a bearer token that matches no live token. */
    public static NotAuthenticatedException invalidToken() {
        return new NotAuthenticatedException("The API token is not valid or has been revoked");
    }

    /** The request needs an API token (a 401 with this message). */
    public static final class NotAuthenticatedException extends RuntimeException {
        NotAuthenticatedException() {
            this("Send an API token: Authorization: Bearer <token>. Specialists and administrators create "
                    + "tokens on the portal's API tokens page");
        }

        private NotAuthenticatedException(String message) {
            super(message);
        }
    }
}
