package org.workingwin.portal.base.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.Role;

/** Request bodies over the limits are refused before anything reads them (src/site/security.md). */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class RequestSizeIT {

    private static final int MB = 1024 * 1024;

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json").POST(body)
                // Asks before sending the body, as large uploads do: a refusal then arrives before any of it,
                // instead of racing the client's writing (which failed with a broken pipe when the server
                // closed the connection after answering 413).
                .expectContinue(true);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] jsonOf(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    @Test
    void an_api_request_over_40_mb_gets_413_with_a_json_message() throws Exception {
        String token = tokens.create(data.user(Role.SPECIALIST), "size").secret();

        HttpResponse<String> response = post("/api/v1/participants",
                HttpRequest.BodyPublishers.ofByteArray(jsonOf(40 * MB + 1)), token);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(
                "{\"message\":\"The request is too large: send at most 40 MB\",\"fields\":{}}");
    }

    @Test
    void an_api_request_without_a_length_is_cut_off_at_the_limit_with_a_json_message() throws Exception {
        String token = tokens.create(data.user(Role.SPECIALIST), "size").secret();

        HttpResponse<String> response = post("/api/v1/participants", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(jsonOf(40 * MB + 1))), token);

        assertThat(response.statusCode()).isBetween(400, 413);
        assertThat(response.body()).startsWith("{\"message\":\"");
    }

    @Test
    void a_page_request_over_1_mb_gets_413() throws Exception {
        HttpResponse<String> response = post("/?v-r=uidl&v-uiId=0",
                HttpRequest.BodyPublishers.ofByteArray(jsonOf(MB + 1)), null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("The request is too large: send at most 1 MB.");
    }

    @Test
    void an_api_request_under_the_limit_reaches_the_endpoint() throws Exception {
        String token = tokens.create(data.user(Role.SPECIALIST), "size").secret();

        HttpResponse<String> response = post("/api/v1/participants",
                HttpRequest.BodyPublishers.ofByteArray(jsonOf(2 * MB)), token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"message\":\"Some values are not valid\",\"fields\":{\"");
    }

    @Test
    void api_addresses_that_jetty_refuses_get_the_api_json_message() throws Exception {
        HttpResponse<String> tooLong = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/vacancies?q=" + "x".repeat(20_000))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ambiguous = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/participants/a%00b")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.body()).isEqualTo("{\"message\":\"The address is too long\",\"fields\":{}}");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.body()).isEqualTo("{\"message\":\"This address or request is not valid\",\"fields\":"
                + "{\"request\":\"Use only the documented path, query and characters\"}}");
    }
}
