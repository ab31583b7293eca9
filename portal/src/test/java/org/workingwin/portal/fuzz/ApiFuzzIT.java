package org.workingwin.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.api.OpenApiOperations;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Every JSON API operation of /api/openapi.yml, called over HTTP with hostile input from a fixed seed
 * (see {@link Hostile}): fields replaced by wrong types, query syntax, huge and control-character text,
 * fields missing or extra, malformed JSON, hostile query and path values. Expected of every answer: no
 * 5xx and nothing internal in the body; every refusal a JSON message, a 400 naming each bad field with a
 * non-empty message; and a refused request changes no row (row counts and versions of every table before
 * and after). The tries and answers per operation are printed and kept in src/site/security.md.
 */
@MicronautTest(transactional = false)
@Tag("database")
@Property(name = "micronaut.server.port", value = "-1")
class ApiFuzzIT {

    static final int TRIES = Integer.getInteger("fuzz.tries", 150);
    private static final List<String> LEAKS = List.of("Exception", "at org.", "java.", "jakarta.", "micronaut",
            "Jetty", "SQL", "jdbc", "h2");

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
    TransactionOperations<java.sql.Connection> dataSource;
    @Inject
    JsonMapper json;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> defects = new ArrayList<>();
    private final Map<String, Map<String, Integer>> tally = new TreeMap<>();

    private static Map<String, String> profile(String reference) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reference", Hostile.quote(reference));
        f.put("firstName", "\"Robin\"");
        f.put("lastName", "\"Hart\"");
        f.put("wantedRoles", "\"shop assistant\"");
        f.put("occupationCodes", "[\"7111\"]");
        f.put("skills", "\"tills\"");
        f.put("sectors", "[]");
        f.put("hoursMin", "10");
        f.put("hoursMax", "30");
        f.put("patterns", "[\"DAYS\"]");
        f.put("minimumPay", "11.5");
        f.put("minimumPayPeriod", "\"HOUR\"");
        f.put("contractTypes", "[\"PERMANENT\"]");
        f.put("homePostcode", "\"S1 4AB\"");
        f.put("maxTravelKm", "10");
        f.put("workModes", "[\"ON_SITE\"]");
        f.put("needs", "{\"fatigue\":\"MUST_HAVE\"}");
        f.put("demandsToAvoid", "[]");
        f.put("email", "\"robin@example.org\"");
        f.put("phone", "\"0114 496 0000\"");
        f.put("preferredContact", "\"EMAIL\"");
        f.put("consentToProcessing", "true");
        f.put("shareContact", "false");
        f.put("status", "\"LOOKING\"");
        f.put("enrolledOn", "null");
        f.put("needNotes", "{\"fatigue\":\"Mornings\"}");
        f.put("disclosedNeeds", "[]");
        return f;
    }

    private Map<String, String> vacancyRow() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "\"Fuzz assistant\"");
        f.put("description", "\"Serve customers.\"");
        f.put("occupationCode", "\"7111\"");
        f.put("occupationTitle", "\"Sales and retail assistants\"");
        f.put("postcode", "\"S1 2HE\"");
        f.put("workMode", "\"ON_SITE\"");
        f.put("hoursMin", "16");
        f.put("hoursMax", "24");
        f.put("patterns", "[\"DAYS\"]");
        f.put("contractType", "\"PERMANENT\"");
        f.put("payMin", "12.21");
        f.put("payMax", "12.80");
        f.put("payPeriod", "\"HOUR\"");
        f.put("closingDate", "\"" + LocalDate.now(clock).plusDays(20) + "\"");
        f.put("positions", "1");
        f.put("adjustments", "{\"flexible_start\":\"Start by 10\"}");
        f.put("demands", "[]");
        return f;
    }

    /** Replaces, removes or adds fields of a valid object: the usual ways a client gets it wrong. */
    private static String mutate(Hostile h, Map<String, String> valid) {
        Map<String, String> f = new LinkedHashMap<>(valid);
        List<String> names = new ArrayList<>(f.keySet());
        int changes = 1 + h.below(3);
        for (int i = 0; i < changes; i++) {
            switch (h.below(6)) {
                case 0 -> f.remove(h.pick(names));
                case 1 -> f.put(h.chance(50) ? h.text() : "unexpected", h.json());
                default -> f.put(h.pick(names), h.json());
            }
        }
        return object(f);
    }

    private static String object(Map<String, String> f) {
        StringBuilder b = new StringBuilder("{");
        f.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(Hostile.quote(k)).append(':').append(v));
        return b.append('}').toString();
    }

    /** An Accept header a careless or hostile client might send (half the time, any type). */
    private static String accept(Hostile h) {
        return h.chance(50) ? "*/*" : h.pick(List.of("*/*", "text/html", "application/xml", "application/json;q=abc", "text/plain; charset=x",
                "image/*, */*;q=0.1", "application/ld+json"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> call(String method, String path, String token, String body,
                                      Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        HttpRequest request = b.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The client may reuse a kept-alive connection that the server has just closed (it closes one
            // after refusing a request whose body it did not read), and its pool may hold more than one such.
            // Sent again by a new client, so surely on a fresh connection, a request the server really drops
            // still fails here.
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            try (HttpClient fresh = HttpClient.newHttpClient()) {
                return fresh.send(request, HttpResponse.BodyHandlers.ofString());
            }
        }
    }

    private Map<String, String> snapshot() {
        return TableSnapshot.of(dataSource);
    }

    /** Sends one request and checks the answer; returns it. */
    private void attempt(String target, String method, Supplier<String> path, String token, String body,
                         Map<String, String> headers) throws Exception {
        Map<String, String> before = snapshot();
        String at = path.get();
        HttpResponse<String> response = call(method, at, token, body, headers);
        int status = response.statusCode();
        tally.computeIfAbsent(target, t -> new TreeMap<>()).merge(String.valueOf(status), 1, Integer::sum);
        String what = target + " " + at.substring(0, Math.min(at.length(), 120)) + " body "
                + (body == null ? "-" : body.substring(0, Math.min(body.length(), 160))) + " -> " + status + " "
                + response.body().substring(0, Math.min(response.body().length(), 300));
        if (status >= 500) {
            defects.add("server error: " + what);
            return;
        }
        for (String leak : LEAKS) {
            if (response.body().contains(leak) && !target.startsWith("GET /api/v1/taxonomy") && status >= 400) {
                defects.add("internals (" + leak + ") in the answer: " + what);
            }
        }
        if (status >= 400) {
            Map<?, ?> error;
            try {
                error = json.readValue(response.body(), Map.class);
            } catch (Exception e) {
                defects.add("refusal is not JSON: " + what);
                return;
            }
            if (!(error.get("message") instanceof String m) || m.isBlank()) {
                defects.add("refusal without a message: " + what);
            }
            if (status == 400) {
                if (!(error.get("fields") instanceof Map<?, ?> fields) || fields.isEmpty()) {
                    defects.add("400 without the fields at fault: " + what);
                } else {
                    fields.forEach((k, v) -> {
                        if (k.toString().isBlank() || !(v instanceof String s) || s.isBlank()) {
                            defects.add("a field error without a name or a message: " + what);
                        }
                    });
                }
            }
            Map<String, String> after = snapshot();
            if (!after.equals(before)) {
                Map<String, String> changed = TableSnapshot.changes(before, after);
                defects.add("a refused request changed data " + changed + ": " + what);
            }
        }
    }

    @Test
    void hostile_input_to_every_api_operation_gets_a_clear_refusal_and_changes_nothing() throws Exception {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        String token = tokens.create(specialist, "fuzz").secret();
        String adminToken = tokens.create(data.user(Role.ADMIN), "fuzz").secret();
        long participant = participants.create(specialist, TestData.profile("WW-FZ-" + UUID.randomUUID()
                .toString().substring(0, 6), "Robin", "Hart", "shop assistant", "S1 4AB", Map.of()));
        SignedInUser employer = data.employer("Fuzz Ltd");
        long vacancy = vacancies.submit(employer, null, TestData.validDraft("Fuzz shop assistant",
                LocalDate.now(clock)));
        vacancies.publish(specialist, vacancy);
        Hostile h = new Hostile(Hostile.SEED);
        String participantPath = "/api/v1/participants/" + participant;

        for (int i = 0; i < TRIES; i++) {
            String reference = "WW-" + UUID.randomUUID().toString().substring(0, 8);
            attempt("POST /api/v1/participants", "POST", () -> "/api/v1/participants", token,
                    h.chance(15) ? h.malformed() : mutate(h, profile(reference)), Map.of());

            String version = "\"" + participants.version(specialist, participant) + "\"";
            Map<String, String> ifMatch = h.chance(10) ? Map.of("If-Match", h.pick(List.of("\"-1\"", "W/\"x\"",
                    "*", "\"99999999999999999999\"", "\"" + h.below(3) + "\""))) : Map.of("If-Match", version);
            attempt("PUT /api/v1/participants/{id}", "PUT", () -> participantPath, token,
                    h.chance(15) ? h.malformed() : mutate(h, profile("WW-FZ-PUT")), ifMatch);

            String id = h.chance(50) ? enc(h.parameter()) : String.valueOf(participant);
            attempt("GET /api/v1/participants/{id}", "GET", () -> "/api/v1/participants/" + id, token, null,
                    Map.of());
            attempt("GET /api/v1/participants/{id}/matches", "GET", () -> participantPath + "/matches?page="
                    + enc(h.parameter()) + "&pageSize=" + enc(h.parameter()), token, null, Map.of());
            attempt("GET /api/v1/vacancies/{id}/candidates", "GET", () -> "/api/v1/vacancies/"
                    + (h.chance(30) ? enc(h.parameter()) : vacancy) + "/candidates?page=" + enc(h.parameter())
                    + "&pageSize=" + enc(h.parameter()), token, null, Map.of());
            StringBuilder query = new StringBuilder();
            for (String name : List.of("q", "postcode", "radiusKm", "hoursMin", "hoursMax", "workMode",
                    "contractType", "localAuthority", "adjustment", "sort", "page", "pageSize")) {
                if (h.chance(35)) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(enc(h.parameter()));
                }
            }
            attempt("GET /api/v1/vacancies", "GET", () -> "/api/v1/vacancies" + query, h.chance(50) ? token : null,
                    null, Map.of());
            attempt("GET /api/v1/taxonomy", "GET", () -> "/api/v1/taxonomy?x=" + enc(h.parameter()),
                    h.chance(20) ? "ww_" + enc(h.text()) : null, null, Map.of());

            String rows = h.chance(15) ? h.json() : "[" + mutate(h, vacancyRow()) + "]";
            String importBody = h.chance(15) ? h.malformed()
                    : "{\"submit\":" + h.pick(List.of("true", "false", "\"yes\"", "null", "1")) + ",\"vacancies\":"
                    + rows + "}";
            String organisation = h.chance(20) ? enc(h.parameter()) : String.valueOf(employer.organisationId());
            attempt("POST /api/v1/organisations/{organisationId}/vacancies/import", "POST",
                    () -> "/api/v1/organisations/" + organisation + "/vacancies/import", token, importBody, Map.of());

            String exported = h.chance(50) ? enc(h.parameter()) : String.valueOf(participant);
            attempt("GET /api/v1/participants/{id}/export", "GET", () -> "/api/v1/participants/" + exported
                    + "/export", token, null, Map.of());
            String after = h.chance(50) ? enc(h.parameter()) : "0";
            String size = h.chance(50) ? enc(h.parameter()) : "20";
            attempt("GET /api/v1/job-postings", "GET", () -> "/api/v1/job-postings?after=" + after + "&size=" + size, h.chance(20) ? token : null, null, Map.of("Accept", accept(h)));
            for (String probe : List.of("/api/health/live", "/api/health/ready")) {
                attempt("GET " + probe, "GET", () -> probe + "?x=" + enc(h.parameter()),
                        h.chance(20) ? "ww_" + enc(h.text()) : null, null, Map.of("Accept", accept(h)));
            }
            String metricsToken = h.pick(List.of(adminToken, token, "ww_" + enc(h.text())));
            attempt("GET /api/metrics", "GET", () -> "/api/metrics?name=" + enc(h.parameter()), metricsToken, null,
                    Map.of("Accept", accept(h)));
        }

        HttpResponse<String> document = call("GET", "/api/openapi.yml", null, null, Map.of());
        assertThat(tally.keySet()).as("every operation of the OpenAPI document is fuzzed")
                .containsExactlyInAnyOrderElementsOf(OpenApiOperations.of(document.body()));
        System.out.println("API fuzz, seed " + Hostile.SEED + ", " + TRIES + " tries per operation; answers by status:");
        tally.forEach((target, counts) -> System.out.println("  " + target + ": " + counts));
        System.out.println("API fuzz defects: " + defects.size());
        defects.stream().limit(40).forEach(d -> System.out.println("  DEFECT " + d));
        assertThat(defects).isEmpty();
    }
}
