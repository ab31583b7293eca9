package org.workingwin.portal.vacancy;

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
import java.util.Collections;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

@MicronautTest(transactional = false)
@Tag("database")
class VacancyImportApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    ApiTokenService tokens;
    @Inject
    VacancyService vacancies;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String row(String title, String postcode, String workMode) {
        return """
                {"title":"%s","description":"Serve customers.","occupationCode":"7111",
                 "occupationTitle":"Sales and retail assistants","postcode":"%s","workMode":"%s","hoursMin":16,
                 "hoursMax":24,"patterns":["DAYS"],"contractType":"PERMANENT","payMin":12.21,"payMax":12.80,
                 "payPeriod":"HOUR","closingDate":"%s","positions":1,"adjustments":{"flexible_start":"8 to 10am"},
                 "demands":["prolonged_standing"]}""".formatted(title, postcode, workMode,
                LocalDate.now(clock).plusDays(20));
    }

    private String body(String... rows) {
        return "{\"submit\":true,\"vacancies\":[" + String.join(",", rows) + "]}";
    }

    @Test
    void a_valid_batch_is_imported_and_sent_for_checks() throws Exception {
        SignedInUser employer = data.employer("Import Ltd");
        String token = tokens.create(data.user(Role.SPECIALIST), "import").secret();
        HttpResponse<String> response = post("/api/v1/organisations/" + employer.organisationId()
                + "/vacancies/import", token, body(row("Till one", "S1 2HE", "ON_SITE"), row("Till two", "DN1", "HYBRID")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).startsWith("{\"imported\":2,\"ids\":[");
        assertThat(vacancies.organisationVacancies(employer, VacancyFilter.all(), 0, 10))
                .extracting(Vacancy::title, Vacancy::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Till one", VacancyStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("Till two", VacancyStatus.SUBMITTED));
    }

    @Test
    void a_batch_with_bad_rows_names_each_row_and_field_and_saves_nothing() throws Exception {
        SignedInUser employer = data.employer("Careful Import Ltd");
        String token = tokens.create(data.user(Role.ADMIN), "import").secret();
        HttpResponse<String> response = post("/api/v1/organisations/" + employer.organisationId()
                + "/vacancies/import", token, body(row("Good", "S1 2HE", "ON_SITE"), row("Bad place", "ZZ9 9ZZ", "ON_SITE"),
                row("", "S1", "FLOATING")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"message\":\"Some values are not valid\",\"fields\":{"
                + "\"row 3: workMode\":\"Use ON_SITE, HYBRID or REMOTE\"}}");
        HttpResponse<String> second = post("/api/v1/organisations/" + employer.organisationId()
                + "/vacancies/import", token, body(row("Good", "S1 2HE", "ON_SITE"), row("Bad place", "ZZ9 9ZZ", "ON_SITE"),
                row("", "S1", "REMOTE")));
        assertThat(second.body()).isEqualTo("{\"message\":\"Some values are not valid\",\"fields\":{"
                + "\"row 2: postcode\":\"We cannot find the postcode district ZZ9. Check the postcode and try again\","
                + "\"row 3: title\":\"Enter a job title\"}}");
        assertThat(vacancies.countOrganisationVacancies(employer, VacancyFilter.all())).isZero();
    }

    @Test
    void ten_thousand_rows_are_imported_in_one_request_and_one_more_is_refused() throws Exception {
        SignedInUser employer = data.employer("Bulk Ltd");
        String token = tokens.create(data.user(Role.SPECIALIST), "bulk").secret();
        String path = "/api/v1/organisations/" + employer.organisationId() + "/vacancies/import";
        String oneRow = row("Bulk job", "S1 2HE", "ON_SITE");

        HttpResponse<String> tooMany = post(path, token, body(Collections.nCopies(10_001, oneRow).toArray(String[]::new)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).isEqualTo("{\"message\":\"Some values are not valid\",\"fields\":{"
                + "\"vacancies\":\"Send from 1 to 10000 vacancies (got 10001)\"}}");

        HttpResponse<String> all = post(path, token, body(Collections.nCopies(10_000, oneRow).toArray(String[]::new)));
        assertThat(all.statusCode()).isEqualTo(201);
        assertThat(all.body()).startsWith("{\"imported\":10000,");
        assertThat(vacancies.countOrganisationVacancies(employer, VacancyFilter.all())).isEqualTo(10_000);
    }

    @Test
    void a_row_that_is_null_is_refused_by_row_not_a_server_error() throws Exception {
        SignedInUser employer = data.employer("Null Row Ltd");
        String token = tokens.create(data.user(Role.SPECIALIST), "null row").secret();

        HttpResponse<String> response = post("/api/v1/organisations/" + employer.organisationId()
                + "/vacancies/import", token, "{\"submit\":false,\"vacancies\":[null]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"message\":\"Some values are not valid\",\"fields\":{"
                + "\"row 1\":\"Give each vacancy as a JSON object with the documented fields\"}}");
        assertThat(vacancies.countOrganisationVacancies(employer, VacancyFilter.all())).isZero();
    }

    @Test
    void a_null_in_a_rows_list_is_refused_at_the_field_not_a_server_error() throws Exception {
        SignedInUser employer = data.employer("Null Demand Ltd");
        String token = tokens.create(data.user(Role.SPECIALIST), "null demand").secret();
        String body = "{\"submit\":false,\"vacancies\":[" + row("Null demand porter", "S1 2HE", "ON_SITE")
                .replace("[\"prolonged_standing\"]", "[null]").replace("[\"DAYS\"]", "[\"DAYS\",null]") + "]}";

        HttpResponse<String> response = post("/api/v1/organisations/" + employer.organisationId()
                + "/vacancies/import", token, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"message\":\"Some values are not valid\",\"fields\":{"
                + "\"row 1: patterns\":\"Give each pattern as DAYS, EVENINGS, NIGHTS or WEEKENDS, not null\","
                + "\"row 1: demands\":\"Give each demand as a code from the taxonomy, not null\"}}");
        assertThat(vacancies.countOrganisationVacancies(employer, VacancyFilter.all())).isZero();
    }
}
