package org.workingwin.portal.jobposting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
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
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.vacancy.VacancyService;

@MicronautTest(transactional = false)
@Tag("database")
class JobPostingIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    VacancyService vacancies;
    @Inject
    JsonMapper json;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long published(SignedInUser employer, SignedInUser specialist, String title) {
        long id = vacancies.submit(employer, null, TestData.validDraft(title, LocalDate.now(clock)));
        vacancies.publish(specialist, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text) throws Exception {
        return json.readValue(text, Map.class);
    }

    @Test
    void a_public_vacancy_page_carries_its_job_posting_in_the_first_html_and_a_draft_carries_none() throws Exception {
        SignedInUser employer = data.employer("Posting Bakery");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        long id = published(employer, specialist, "Bakery assistant </script> & more");
        long draft = vacancies.save(employer, null, TestData.validDraft("Draft baker", LocalDate.now(clock)));

        HttpResponse<String> page = get("/vacancy/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        List<Element> scripts = Jsoup.parse(page.body()).select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        Map<String, Object> posting = parse(scripts.get(0).data());
        assertThat(JobPostingRequirements.problems(posting, true)).isEmpty();
        assertThat(posting.get("title")).isEqualTo("Bakery assistant </script> & more");
        assertThat(posting.get("url")).isEqualTo("http://localhost:8080/vacancy/" + id);
        assertThat(posting.get("hiringOrganization")).isEqualTo(Map.of("@type", "Organization", "name", "Posting Bakery"));
        assertThat(posting.get("datePosted")).isEqualTo(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).toString());

        assertThat(Jsoup.parse(get("/vacancy/" + draft).body()).select("script[type=application/ld+json]")).isEmpty();
        assertThat(Jsoup.parse(get("/vacancies").body()).select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_feed_pages_through_every_open_published_vacancy_once_and_each_posting_meets_the_requirements()
            throws Exception {
        SignedInUser employer = data.employer("Feed Garden Centre");
        SignedInUser specialist = data.user(Role.SPECIALIST);
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ours.add(published(employer, specialist, "Garden centre assistant " + i));
        }
        long draft = vacancies.save(employer, null, TestData.validDraft("Draft gardener", LocalDate.now(clock)));

        List<Long> seen = new ArrayList<>();
        String next = "/api/v1/job-postings?size=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/ld+json"));
            Map<String, Object> list = parse(response.body());
            assertThat(list.get("@type")).isEqualTo("ItemList");
            for (Object element : (List<Object>) list.get("itemListElement")) {
                Map<String, Object> posting = (Map<String, Object>) ((Map<String, Object>) element).get("item");
                assertThat(JobPostingRequirements.problems(posting, true)).isEmpty();
                Map<String, Object> identifier = (Map<String, Object>) posting.get("identifier");
                seen.add(Long.parseLong((String) identifier.get("value")));
            }
            next = (String) list.get("nextPage");
            if (next != null) {
                next = next.substring(next.indexOf("/api/"));
            }
            pages++;
        }

        assertThat(seen).containsAll(ours).doesNotContain(draft).doesNotHaveDuplicates();
        assertThat(seen).isSorted();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_bad_page_size_gets_a_message_for_the_field() throws Exception {
        HttpResponse<String> response = get("/api/v1/job-postings?size=1000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"message\":\"Some values are not valid\",\"fields\":{\"size\":\"Use a page size from 1 to 100\"}}");
    }
}
