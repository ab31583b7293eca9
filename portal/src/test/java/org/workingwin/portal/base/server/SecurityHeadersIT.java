package org.workingwin.portal.base.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Security headers on every kind of response (a Vaadin page, the API, a not-found), and error answers
 * that never show a stack trace or the portal's internals. See src/site/security.md.
 */
@MicronautTest(transactional = false)
@Tag("database")
// A free port rather than 8080: other builds on the same machine may be running their servers.
@Property(name = "micronaut.server.port", value = "-1")
class SecurityHeadersIT {

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).as(response.uri() + " body")
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.")
                .doesNotContain("jakarta.").doesNotContain("micronaut").doesNotContain("Jetty");
    }

    @Test
    void a_page_the_api_and_a_not_found_all_carry_every_security_header() throws Exception {
        Map<String, Integer> expectedStatus = Map.of("/", 200, "/vacancies", 200, "/api/v1/taxonomy", 200,
                "/api/v1/no-such-thing", 404, "/VAADIN/no-such-file.js", 404);
        for (var path : expectedStatus.entrySet()) {
            HttpResponse<String> response = call("GET", path.getKey(), null, null);
            assertThat(response.statusCode()).as(path.getKey()).isEqualTo(path.getValue());
            HEADERS.forEach((name, value) -> assertThat(response.headers().allValues(name))
                    .as(path.getKey() + " " + name).containsExactly(value));
        }
    }

    @Test
    void a_broken_page_address_shows_no_stack_trace() throws Exception {
        for (String path : List.of("/vacancy/abc", "/specialist/participants/record/abc", "/no-such-page",
                "/vacancy/99999999999999999999999")) {
            HttpResponse<String> response = call("GET", path, null, null);
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertNoInternals(response);
        }
    }

    @Test
    void bad_api_requests_get_a_plain_answer_without_internals() throws Exception {
        HttpResponse<String> malformed = call("POST", "/api/v1/participants", "application/json", "{\"reference\": [");
        HttpResponse<String> unknown = call("GET", "/api/v1/no-such-thing", null, null);
        HttpResponse<String> wrongType = call("GET", "/api/v1/participants/abc", null, null);
        HttpResponse<String> wrongMethod = call("DELETE", "/api/v1/taxonomy", null, null);
        HttpResponse<String> badToken = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/taxonomy"))
                .header("Authorization", "Bearer ww_not-a-token").build(), HttpResponse.BodyHandlers.ofString());

        // Binding fails before the controller asks for a token, so a malformed request is a 400 even
        // without one; it reaches no data either way.
        assertThat(List.of(malformed.statusCode(), unknown.statusCode(), wrongType.statusCode(),
                wrongMethod.statusCode(), badToken.statusCode())).containsExactly(400, 404, 400, 405, 401);
        for (var response : List.of(malformed, unknown, wrongType, wrongMethod, badToken)) {
            assertNoInternals(response);
        }
    }
}
