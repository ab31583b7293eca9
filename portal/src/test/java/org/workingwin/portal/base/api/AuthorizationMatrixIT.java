package org.workingwin.portal.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Who may call every API operation: the operations are read from the OpenAPI document the portal serves,
 * so a new endpoint fails this test until the table below says who may call it. Each operation is called
 * over HTTP without a token, with a bad token, and with the tokens of the roles that can hold one (the
 * owning specialist, another specialist, an administrator). The matrix is described in src/site/security.md.
 */
@MicronautTest(transactional = false)
@Tag("database")
// A free port rather than 8080: other builds on the same machine may be running their servers.
@Property(name = "micronaut.server.port", value = "-1")
class AuthorizationMatrixIT {

    private static final List<String> CALLERS = List.of("ANONYMOUS", "BAD_TOKEN", "SPECIALIST", "OTHER_SPECIALIST",
            "ADMIN");

    /**
     * Operation to the status each caller gets, in the order of {@link #CALLERS}. The participant in the
     * paths is on SPECIALIST's caseload; the vacancy is published; the organisation is an employer's.
     */
    private static final Map<String, List<Integer>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/v1/taxonomy", List.of(200, 401, 200, 200, 200)),
            Map.entry("GET /api/v1/job-postings", List.of(200, 401, 200, 200, 200)),
            Map.entry("GET /api/health/live", List.of(200, 401, 200, 200, 200)),
            Map.entry("GET /api/health/ready", List.of(200, 401, 200, 200, 200)),
            Map.entry("GET /api/metrics", List.of(401, 401, 403, 403, 200)),
            Map.entry("GET /api/v1/vacancies", List.of(200, 401, 200, 200, 200)),
            Map.entry("POST /api/v1/participants", List.of(401, 401, 201, 201, 201)),
            Map.entry("GET /api/v1/participants/{id}", List.of(401, 401, 200, 403, 200)),
            Map.entry("PUT /api/v1/participants/{id}", List.of(401, 401, 204, 403, 204)),
            Map.entry("GET /api/v1/participants/{id}/export", List.of(401, 401, 200, 403, 200)),
            Map.entry("GET /api/v1/participants/{id}/matches", List.of(401, 401, 200, 403, 200)),
            Map.entry("GET /api/v1/vacancies/{id}/candidates", List.of(401, 401, 200, 200, 200)),
            Map.entry("POST /api/v1/organisations/{organisationId}/vacancies/import", List.of(401, 401, 201, 201, 201))));


    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    ApiTokenService tokens;
    @Inject
    ParticipantService participants;
    @Inject
    VacancyService vacancies;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String BAD_TOKEN =
            "{\"message\":\"The API token is not valid or has been revoked\",\"fields\":{}}";
    private static final String NOT_ON_CASELOAD =
            "{\"message\":\"This participant is not on your caseload\",\"fields\":{}}";

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return call(method, path, token, json, null);
    }

    private HttpResponse<String> call(String method, String path, String token, String json, String ifMatch)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "METHOD /path" for every operation in the served OpenAPI document. */
    private List<String> documentedOperations() throws Exception {
        HttpResponse<String> document = call("GET", "/api/openapi.yml", null, null);
        assertThat(document.statusCode()).isEqualTo(200);
        return OpenApiOperations.of(document.body());
    }

    private String profile(String reference) {
        return """
                {"reference":"%s","firstName":"Robin","lastName":"Hart","wantedRoles":"shop assistant",
                 "occupationCodes":["7111"],"hoursMin":10,"hoursMax":30,"homePostcode":"S1 4AB",
                 "maxTravelKm":10,"workModes":["ON_SITE"],"needs":{},"demandsToAvoid":[],
                 "email":"robin@example.org","preferredContact":"EMAIL","consentToProcessing":true}
                """.formatted(reference);
    }

    private String importBody() {
        return """
                {"vacancies":[{"title":"Matrix assistant","description":"Serve customers.","occupationCode":"7111",
                 "occupationTitle":"Sales and retail assistants","postcode":"S1 2HE","workMode":"ON_SITE",
                 "hoursMin":16,"hoursMax":24,"patterns":["DAYS"],"contractType":"PERMANENT","payMin":12.21,
                 "payMax":12.80,"payPeriod":"HOUR","closingDate":"%s","positions":1,"adjustments":{},
                 "demands":[]}]}""".formatted(LocalDate.now(clock).plusDays(20));
    }

    private static String reference() {
        return "WW-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void every_documented_operation_is_in_the_table_and_every_row_of_the_table_is_documented() throws Exception {
        assertThat(new TreeSet<>(documentedOperations())).containsExactlyElementsOf(EXPECTED.keySet());
    }

    @Test
    void every_caller_gets_the_expected_status_from_every_documented_operation() throws Exception {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        Map<String, String> tokenOf = new LinkedHashMap<>();
        tokenOf.put("ANONYMOUS", null);
        tokenOf.put("BAD_TOKEN", "ww_not-a-token");
        tokenOf.put("SPECIALIST", tokens.create(specialist, "matrix").secret());
        tokenOf.put("OTHER_SPECIALIST", tokens.create(data.user(Role.SPECIALIST), "matrix").secret());
        tokenOf.put("ADMIN", tokens.create(data.user(Role.ADMIN), "matrix").secret());

        String reference = reference();
        long participant = participants.create(specialist, TestData.profile(reference, "Robin", "Hart",
                "shop assistant", "S1 4AB", Map.of()));
        SignedInUser employer = data.employer("Matrix API Ltd");
        long vacancy = vacancies.submit(employer, null, TestData.validDraft("Matrix shop assistant", LocalDate.now(clock)));
        vacancies.publish(specialist, vacancy);

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String operation : documentedOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String path = template.replace("{organisationId}", String.valueOf(employer.organisationId()))
                    .replace("{id}", String.valueOf(template.contains("/vacancies/") ? vacancy : participant));
            List<Integer> expected = EXPECTED.get(operation);
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String body = switch (method) {
                    case "POST" -> path.endsWith("/import") ? importBody() : profile(reference());
                    case "PUT" -> profile(reference);
                    default -> null;
                };
                // A change starts from the version just read, as a client's GET then PUT would.
                String ifMatch = method.equals("PUT")
                        ? "\"" + participants.version(specialist, participant) + "\"" : null;
                HttpResponse<String> response = call(method, path, tokenOf.get(caller), body, ifMatch);
                cells++;
                String message = switch (response.statusCode()) {
                    case 401 -> caller.equals("ANONYMOUS") ? null : BAD_TOKEN;
                    case 403 -> template.startsWith("/api/v1/participants/{id}") ? NOT_ON_CASELOAD : null;
                    default -> "";
                };
                if (message == null ? !response.body().matches("\\{\"message\":\"[^\"]+\",\"fields\":\\{}}")
                        : !message.isEmpty() && !response.body().equals(message)) {
                    wrong.add(caller + " " + operation + ": " + response.statusCode() + " with body '"
                            + response.body() + "', expected a JSON message");
                }
                if (expected == null || response.statusCode() != expected.get(i)) {
                    wrong.add(caller + " " + operation + ": " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(160, response.body().length())) + ", expected "
                            + (expected == null ? "a row in the table" : expected.get(i)));
                }
            }
        }
        System.out.printf("API access matrix: %d callers x %d operations = %d calls%n", CALLERS.size(),
                EXPECTED.size(), cells);
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(CALLERS.size() * EXPECTED.size());
    }

    @Test
    void employers_and_participants_cannot_create_an_api_token() {
        assertThatThrownBy(() -> tokens.create(data.employer("Tokenless Ltd"), "no"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tokens.create(data.user(Role.PARTICIPANT), "no"))
                .isInstanceOf(NotAllowedException.class);
    }
}
