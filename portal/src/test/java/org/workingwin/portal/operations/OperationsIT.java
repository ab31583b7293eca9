package org.workingwin.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.Role;

@MicronautTest(transactional = false)
@Tag("database")
class OperationsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    ApiTokenService tokens;
    @Inject
    org.workingwin.portal.account.SignInService signIns;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String token, String json, String requestId)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (requestId != null) {
            builder.header("X-Request-Id", requestId);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(Role role) {
        return tokens.create(data.user(role), "operations test").secret();
    }

    private static double metric(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void liveness_and_readiness_answer_without_a_token_and_readiness_names_the_database_and_both_indexes()
            throws Exception {
        HttpResponse<String> live = call("GET", "/api/health/live", null, null, null);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");

        HttpResponse<String> ready = call("GET", "/api/health/ready", null, null, null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).startsWith("{\"ready\":true,\"checks\":[{\"name\":\"database\",\"up\":true,\"detail\":\"answers\"},"
                + "{\"name\":\"vacancy index\",\"up\":true,");
        assertThat(ready.body()).contains("{\"name\":\"participant index\",\"up\":true,");
    }

    @Test
    void metrics_need_an_administrators_token() throws Exception {
        assertThat(call("GET", "/api/metrics", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/metrics", token(Role.SPECIALIST), null, null).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = call("GET", "/api/metrics", token(Role.ADMIN), null, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body()).contains("# TYPE portal_index_backlog gauge", "portal_index_backlog{index=\"vacancy\"} 0.0",
                "portal_index_lag_seconds{index=\"participant\"} 0.0", "portal_errors_total{kind=\"ui\"} 0.0",
                "jvm_memory_used_bytes");
    }

    @Test
    void each_match_is_timed_in_the_match_histogram_and_each_request_by_kind() throws Exception {
        String admin = token(Role.ADMIN);
        String specialist = token(Role.SPECIALIST);
        HttpResponse<String> created = call("POST", "/api/v1/participants", specialist, """
                {"reference":"OPS-1","firstName":"Robin","lastName":"Hale","wantedRoles":"shop assistant",
                 "occupationCodes":["7111"],"hoursMin":10,"hoursMax":30,"homePostcode":"S1 4AB",
                 "maxTravelKm":10,"workModes":["ON_SITE"],"needs":{},"demandsToAvoid":[],
                 "email":"robin@example.org","preferredContact":"EMAIL","consentToProcessing":true}
                """, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll("\\D", "");
        String before = call("GET", "/api/metrics", admin, null, null).body();
        String matchCount = "portal_match_seconds_count{direction=\"vacancies_for_participant\"}";
        String apiCount = "portal_http_requests_seconds_count{kind=\"api\",status=\"2xx\"}";

        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "/api/v1/participants/" + id + "/matches", specialist, null, null).statusCode())
                    .isEqualTo(200);
        }
        String after = call("GET", "/api/metrics", admin, null, null).body();

        assertThat(metric(after, matchCount) - metric(before, matchCount)).isEqualTo(3.0);
        // Three match calls and the first metrics call; the second is still being answered when it is read.
        assertThat(metric(after, apiCount) - metric(before, apiCount)).isEqualTo(4.0);
        assertThat(after).contains("portal_match_seconds_bucket{direction=\"vacancies_for_participant\",le=\"+Inf\"}");
    }

    @Test
    void sign_ins_are_counted_by_outcome() throws Exception {
        String admin = token(Role.ADMIN);
        String wrong = "portal_sign_ins_total{outcome=\"wrong\"}";
        String signedIn = "portal_sign_ins_total{outcome=\"signed_in\"}";
        String before = call("GET", "/api/metrics", admin, null, null).body();
        var employer = data.employer("Counted Ltd");

        signIns.signIn(employer.email(), "not the password", "192.0.2.10");
        signIns.signIn(employer.email(), TestData.PASSWORD, "192.0.2.10");
        String after = call("GET", "/api/metrics", admin, null, null).body();

        assertThat(metric(after, wrong) - metric(before, wrong)).isEqualTo(1.0);
        assertThat(metric(after, signedIn) - metric(before, signedIn)).isEqualTo(1.0);
    }

    @Test
    void every_answer_carries_a_request_id_and_a_plain_id_from_the_caller_is_kept() throws Exception {
        HttpResponse<String> given = call("GET", "/api/health/live", null, null, "lb-7f3a9c21");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a9c21");

        HttpResponse<String> hostile = call("GET", "/api/health/live", null, null, "<script>alert(1)</script>");
        assertThat(hostile.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");

        HttpResponse<String> page = call("GET", "/vacancies", null, null, null);
        assertThat(page.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");
    }
}
