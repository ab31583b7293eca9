package org.workingwin.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/** Caseload scope over HTTP: a specialist's token reaches their own participants only, whatever the id. */
@MicronautTest(transactional = false)
@Tag("database")
// A free port rather than 8080: other builds on the same machine may be running their servers.
@Property(name = "micronaut.server.port", value = "-1")
class ParticipantScopeApiIT {

    private static final String NOT_ON_CASELOAD =
            "{\"message\":\"This participant is not on your caseload\",\"fields\":{}}";

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    ApiTokenService tokens;
    @Inject
    ParticipantService participants;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return call(method, path, token, json, null);
    }

    private HttpResponse<String> call(String method, String path, String token, String json, String ifMatch)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        HttpRequest request = builder
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String profile(String reference) {
        return """
                {"reference":"%s","firstName":"Casey","lastName":"Stone","wantedRoles":"driver",
                 "occupationCodes":["7111"],"hoursMin":10,"hoursMax":30,"homePostcode":"S1 4AB",
                 "maxTravelKm":10,"workModes":["ON_SITE"],"needs":{"fatigue":"MUST_HAVE"},"demandsToAvoid":[],
                 "email":"casey@example.org","preferredContact":"EMAIL","consentToProcessing":true,
                 "needNotes":{"fatigue":"Private note"}}
                """.formatted(reference);
    }

    @Test
    void another_specialists_token_gets_403_for_every_call_on_a_participant_and_the_owner_gets_200() throws Exception {
        SignedInUser a = data.user(Role.SPECIALIST);
        String reference = "WW-" + UUID.randomUUID().toString().substring(0, 8);
        long id = participants.create(a, TestData.profile(reference, "Casey", "Stone", "driver", "S1 4AB",
                Map.of("fatigue", "MUST_HAVE")));
        String tokenA = tokens.create(a, "own caseload").secret();
        String tokenB = tokens.create(data.user(Role.SPECIALIST), "other caseload").secret();

        HttpResponse<String> read = call("GET", "/api/v1/participants/" + id, tokenB, null);
        HttpResponse<String> update = call("PUT", "/api/v1/participants/" + id, tokenB, profile(reference));
        HttpResponse<String> matches = call("GET", "/api/v1/participants/" + id + "/matches", tokenB, null);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.body()).isEqualTo(NOT_ON_CASELOAD);
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(update.body()).isEqualTo(NOT_ON_CASELOAD);
        assertThat(matches.statusCode()).isEqualTo(403);
        assertThat(matches.body()).isEqualTo(NOT_ON_CASELOAD);
        assertThat(participants.input(a, id).needNotes()).isEmpty();
        assertThat(participants.history(a, id)).hasSize(1);

        HttpResponse<String> own = call("GET", "/api/v1/participants/" + id, tokenA, null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"reference\":\"" + reference + "\"", "\"needs\":{\"fatigue\":\"MUST_HAVE\"}");
        assertThat(call("GET", "/api/v1/participants/" + id + "/matches", tokenA, null).statusCode()).isEqualTo(200);
        String etag = own.headers().firstValue("ETag").orElseThrow();
        assertThat(call("PUT", "/api/v1/participants/" + id, tokenA, profile(reference), etag).statusCode())
                .isEqualTo(204);
        assertThat(participants.input(a, id).needNotes()).containsExactly(Map.entry("fatigue", "Private note"));
    }

    @Test
    void an_administrators_token_reaches_any_participant() throws Exception {
        SignedInUser a = data.user(Role.SPECIALIST);
        long id = participants.create(a, TestData.profile("WW-" + UUID.randomUUID().toString().substring(0, 8),
                "Casey", "Stone", "driver", "S1 4AB", Map.of()));
        String admin = tokens.create(data.user(Role.ADMIN), "everyone").secret();

        assertThat(call("GET", "/api/v1/participants/" + id, admin, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/participants/" + id + "/matches", admin, null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_change_sent_from_an_older_version_gets_409_and_the_first_change_is_kept() throws Exception {
        SignedInUser a = data.user(Role.SPECIALIST);
        String reference = "WW-" + UUID.randomUUID().toString().substring(0, 8);
        long id = participants.create(a, TestData.profile(reference, "Casey", "Stone", "driver", "S1 4AB", Map.of()));
        String token = tokens.create(a, "two clients").secret();
        String path = "/api/v1/participants/" + id;
        String first = call("GET", path, token, null).headers().firstValue("ETag").orElseThrow();
        String second = call("GET", path, token, null).headers().firstValue("ETag").orElseThrow();
        assertThat(first).isEqualTo("\"" + participants.version(a, id) + "\"");

        HttpResponse<String> winner = call("PUT", path, token, profile(reference), first);
        HttpResponse<String> loser = call("PUT", path, token, profile(reference).replace("Casey", "Kasey"), second);

        assertThat(winner.statusCode()).isEqualTo(204);
        long now = participants.version(a, id);
        assertThat(winner.headers().firstValue("ETag")).contains("\"" + now + "\"");
        assertThat(loser.statusCode()).isEqualTo(409);
        assertThat(loser.body()).isEqualTo("{\"message\":\"Someone else changed this participant's record since you"
                + " read it. Read it again, apply your change to the latest version and send it with If-Match: \\\""
                + now + "\\\"\",\"fields\":{}}");
        assertThat(participants.input(a, id).firstName()).isEqualTo("Casey");
        assertThat(participants.input(a, id).needNotes()).containsExactly(Map.entry("fatigue", "Private note"));
    }

    @Test
    void a_change_without_if_match_gets_428_and_changes_nothing() throws Exception {
        SignedInUser a = data.user(Role.SPECIALIST);
        String reference = "WW-" + UUID.randomUUID().toString().substring(0, 8);
        long id = participants.create(a, TestData.profile(reference, "Casey", "Stone", "driver", "S1 4AB", Map.of()));
        String token = tokens.create(a, "forgetful client").secret();
        long before = participants.version(a, id);

        HttpResponse<String> missing = call("PUT", "/api/v1/participants/" + id, token, profile(reference));
        HttpResponse<String> garbled = call("PUT", "/api/v1/participants/" + id, token, profile(reference), "*");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(missing.body()).isEqualTo("{\"message\":\"Send the ETag of the participant you read (GET) in"
                + " If-Match, so a change made since is not overwritten\",\"fields\":{\"If-Match\":\"Give the version"
                + " you read, like \\\"3\\\"\"}}");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("\"If-Match\":\"Give the ETag of the participant you read");
        assertThat(participants.version(a, id)).isEqualTo(before);
    }
}
