package org.workingwin.portal.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.taxonomy.Taxonomy;

/** The JSON API through the real server (Jetty, Micronaut's servlet at /api). */
@MicronautTest(transactional = false)
class ApiIT {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_taxonomy_is_served_exactly_as_the_data_file() throws Exception {
        HttpResponse<String> response = get("/api/v1/taxonomy");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo(new String(Taxonomy.defaultJson(), StandardCharsets.UTF_8));
    }

    @Test
    void a_search_with_a_bad_postcode_answers_400_with_the_field_message() throws Exception {
        HttpResponse<String> response = get("/api/v1/vacancies?q=cook&postcode=nowhere");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"message\":\"Some values are not valid\",\"fields\":{\"postcode\":\"Enter a real postcode, like S1 2HE or DN22 7AB\"}}");
    }

    @Test
    void hostile_search_text_gets_an_empty_result_not_an_error() throws Exception {
        String q = URLEncoder.encode("\"(title:*?) 🙂", StandardCharsets.UTF_8);
        HttpResponse<String> response = get("/api/v1/vacancies?q=" + q);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"total\":0,\"page\":0,\"pageSize\":20,\"hits\":[],\"facets\":{");
    }

    @Test
    void an_unknown_sort_or_work_mode_gets_400_with_the_field() throws Exception {
        HttpResponse<String> response = get("/api/v1/vacancies?sort=SIDEWAYS");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"message\":\"Some values are not valid\",\"fields\":{\"sort\":\"Use RELEVANCE, DISTANCE or NEWEST\"}}");
    }

    @Test
    void the_openapi_document_describes_every_endpoint() throws Exception {
        HttpResponse<String> response = get("/api/openapi.yml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("title: Working Win API", "/api/v1/taxonomy:", "/api/v1/vacancies:",
                "/api/v1/participants:", "/api/v1/participants/{id}:", "/api/v1/participants/{id}/matches:",
                "/api/v1/vacancies/{id}/candidates:", "/api/v1/organisations/{organisationId}/vacancies/import:",
                "scheme: bearer");
    }

    @Test
    void the_portal_pages_are_served_on_the_same_port() throws Exception {
        HttpResponse<String> response = get("/vacancies");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"en-GB\">");
    }

    @Test
    void an_unknown_api_path_answers_404_without_internals() throws Exception {
        HttpResponse<String> response = get("/api/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
