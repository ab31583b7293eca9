package org.workingwin.portal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.search.ParticipantIndexService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/** The matching API end to end over HTTP: tokens, participant profiles, matches and candidates. */
@MicronautTest(transactional = false)
@Tag("database")
class MatchApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    ApiTokenService tokens;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService vacancyIndex;
    @Inject
    ParticipantIndexService participantIndex;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String profile(String reference, String needs) {
        return """
                {"reference":"%s","firstName":"Jamie","lastName":"Rivers","wantedRoles":"shop assistant",
                 "occupationCodes":["7111"],"hoursMin":10,"hoursMax":30,"homePostcode":"S1 4AB",
                 "maxTravelKm":10,"workModes":["ON_SITE","HYBRID"],"needs":%s,"demandsToAvoid":[],
                 "email":"jamie@example.org","preferredContact":"EMAIL","consentToProcessing":true}
                """.formatted(reference, needs);
    }

    @Test
    void the_api_refuses_calls_without_a_valid_token() throws Exception {
        assertThat(call("GET", "/api/v1/participants/1/matches", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = call("GET", "/api/v1/participants/1/matches", "ww_not-a-token", null);
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).isEqualTo("{\"message\":\"The API token is not valid or has been revoked\",\"fields\":{}}");

        SignedInUser specialist = data.user(Role.SPECIALIST);
        var created = tokens.create(specialist, "revoked soon");
        tokens.revoke(specialist, created.token().id());
        assertThat(call("GET", "/api/v1/participants/1/matches", created.secret(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_bad_profile_gets_400_with_a_message_per_field_and_bad_json_too() throws Exception {
        String token = tokens.create(data.user(Role.SPECIALIST), "bad input").secret();
        HttpResponse<String> response = call("POST", "/api/v1/participants", token, """
                {"reference":"","firstName":"A","lastName":"B","hoursMin":40,"hoursMax":20,"maxTravelKm":500,
                 "workModes":["FLYING"],"homePostcode":"S1","needs":{"telepathy":"MUST_HAVE"}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"message\":\"Some values are not valid\",\"fields\":{"
                + "\"reference\":\"Enter the trial reference\","
                + "\"hoursMin\":\"The fewest hours cannot be more than the most hours\","
                + "\"workModes\":\"Unknown work mode: FLYING\","
                + "\"maxTravelKm\":\"Enter how far they can travel, from 0 to 200 km\","
                + "\"needs\":\"Unknown need: telepathy\","
                + "\"preferredContact\":\"Choose how they would like to be contacted: EMAIL, PHONE or TEXT\","
                + "\"consentToProcessing\":\"Record their consent to processing before recording functional needs"
                + " or notes\"}}");

        HttpResponse<String> broken = call("POST", "/api/v1/participants", token, "{\"reference\": [");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void matches_respect_a_must_have_need_and_carry_reasons_and_candidates_come_back() throws Exception {
        LocalDate today = LocalDate.now(clock);
        SignedInUser employer = data.employer("Match Shop");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        String word = "Till" + UUID.randomUUID().toString().substring(0, 6);
        // Offers flexible start and a quiet workspace (TestData.validDraft), so it meets "fatigue".
        long suitable = vacancies.submit(employer, null, TestData.validDraft(word + " shop assistant", today));
        vacancies.publish(specialist, suitable);
        var noAdjustments = TestData.validDraft(word + " shop assistant", today);
        noAdjustments = new org.workingwin.portal.vacancy.VacancyDraft(noAdjustments.title(), noAdjustments.description(),
                noAdjustments.occupationCode(), noAdjustments.occupationTitle(), noAdjustments.postcode(),
                noAdjustments.workMode(), noAdjustments.hoursMin(), noAdjustments.hoursMax(), noAdjustments.patterns(),
                noAdjustments.contractType(), noAdjustments.payMin(), noAdjustments.payMax(), noAdjustments.payPeriod(),
                noAdjustments.closingDate(), noAdjustments.positions(), java.util.Map.of(), noAdjustments.demands());
        long unsuitable = vacancies.submit(employer, null, noAdjustments);
        vacancies.publish(specialist, unsuitable);

        String token = tokens.create(specialist, "matching").secret();
        String reference = "WW-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", "/api/v1/participants", token,
                profile(reference, "{\"fatigue\":\"MUST_HAVE\",\"concentration\":\"WOULD_HELP\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        long participantId = Long.parseLong(created.body().replaceAll("\\D", ""));
        vacancyIndex.catchUp();
        participantIndex.catchUp();

        HttpResponse<String> matches = call("GET", "/api/v1/participants/" + participantId + "/matches?pageSize=100",
                token, null);
        assertThat(matches.statusCode()).isEqualTo(200);
        assertThat(matches.body()).contains("\"id\":" + suitable + ",").doesNotContain("\"id\":" + unsuitable + ",");
        assertThat(matches.body()).contains("Offers flexible start and finish, which helps with fatigue");

        HttpResponse<String> candidates = call("GET", "/api/v1/vacancies/" + suitable + "/candidates", token, null);
        assertThat(candidates.statusCode()).isEqualTo(200);
        assertThat(candidates.body()).startsWith("{\"total\":1,\"page\":0,\"pageSize\":20,\"candidates\":[{\"participantId\":"
                + participantId + ",\"reference\":\"" + reference + "\",\"name\":\"Jamie Rivers\"");
        HttpResponse<String> none = call("GET", "/api/v1/vacancies/" + unsuitable + "/candidates", token, null);
        assertThat(none.body()).isEqualTo("{\"total\":0,\"page\":0,\"pageSize\":20,\"candidates\":[]}");
    }

    @Test
    void a_specialist_cannot_read_or_match_another_specialists_participant() throws Exception {
        String mine = tokens.create(data.user(Role.SPECIALIST), "mine").secret();
        String theirs = tokens.create(data.user(Role.SPECIALIST), "theirs").secret();
        HttpResponse<String> created = call("POST", "/api/v1/participants", mine,
                profile("WW-" + UUID.randomUUID().toString().substring(0, 8), "{}"));
        long id = Long.parseLong(created.body().replaceAll("\\D", ""));

        assertThat(call("GET", "/api/v1/participants/" + id, mine, null).statusCode()).isEqualTo(200);
        HttpResponse<String> read = call("GET", "/api/v1/participants/" + id, theirs, null);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.body()).isEqualTo("{\"message\":\"This participant is not on your caseload\",\"fields\":{}}");
        assertThat(call("GET", "/api/v1/participants/" + id + "/matches", theirs, null).statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/participants/" + id, theirs, profile("X-1", "{}")).statusCode()).isEqualTo(403);
    }
}
