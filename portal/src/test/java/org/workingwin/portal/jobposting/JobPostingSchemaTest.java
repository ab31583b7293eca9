package org.workingwin.portal.jobposting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyAdjustment;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyStatus;

class JobPostingSchemaTest {

    private final JobPostingSchema schema = new JobPostingSchema(Taxonomy.loadDefault(), "https://jobs.example.org");

    private static Vacancy vacancy(WorkMode mode, double hoursMin, double hoursMax, ContractType contract,
                                   BigDecimal payMin, BigDecimal payMax, PayPeriod period) {
        return vacancy("Serve customers & keep the café tidy.\n\nTraining <b>given</b>.", mode, hoursMin, hoursMax,
                contract, payMin, payMax, period);
    }

    private static Vacancy vacancy(String description, WorkMode mode, double hoursMin, double hoursMax,
                                   ContractType contract, BigDecimal payMin, BigDecimal payMax, PayPeriod period) {
        return new Vacancy(42L, 7L, "Café assistant", description,
                "9265", "Bar and catering supervisors", "S1 2HE", "S1", "E08000039", "Sheffield", 53.38, -1.47,
                mode, hoursMin, hoursMax, "DAYS", contract, payMin, payMax, period, LocalDate.of(2026, 7, 31), 2,
                VacancyStatus.PUBLISHED, Instant.parse("2026-06-30T23:30:00Z"), Instant.parse("2026-06-01T09:00:00Z"),
                Instant.parse("2026-06-30T23:30:00Z"), 3L);
    }

    private static VacancyDetails details(Vacancy v) {
        return new VacancyDetails(v, "Sheaf Street Café", List.of(new VacancyAdjustment(1L, 42L, "flexible_start", "8 to 10am"),
                new VacancyAdjustment(2L, 42L, "quiet_workspace", null)), List.of(), List.of(), Map.of());
    }

    @Test
    void an_on_site_vacancy_with_pay_becomes_the_exact_job_posting_search_engines_ask_for() throws IOException {
        Vacancy v = vacancy(WorkMode.ON_SITE, 16, 24, ContractType.PERMANENT, new BigDecimal("12.21"),
                new BigDecimal("12.80"), PayPeriod.HOUR);

        Map<String, Object> json = schema.document(details(v));

        assertThat(JsonMapper.createDefault().writeValueAsString(json)).isEqualTo("""
                {"@context":"https://schema.org/","@type":"JobPosting","title":"Café assistant",\
                "description":"<p>Serve customers &amp; keep the café tidy.</p><p>Training &lt;b&gt;given&lt;/b&gt;.</p>\
                <p>Workplace adjustments offered:</p><ul><li>Flexible start and finish</li>\
                <li>Quiet or private workspace</li></ul>",\
                "identifier":{"@type":"PropertyValue","name":"Working Win","value":"42"},\
                "url":"https://jobs.example.org/vacancy/42","datePosted":"2026-07-01",\
                "validThrough":"2026-07-31T23:59:59+01:00","employmentType":["PART_TIME"],\
                "hiringOrganization":{"@type":"Organization","name":"Sheaf Street Café"},\
                "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","postalCode":"S1",\
                "addressLocality":"Sheffield","addressCountry":"GB"},\
                "geo":{"@type":"GeoCoordinates","latitude":53.38,"longitude":-1.47}},\
                "baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue",\
                "minValue":12.21,"maxValue":12.80,"unitText":"HOUR"}},\
                "occupationalCategory":"9265 Bar and catering supervisors","totalJobOpenings":2,"directApply":false}""");
        assertThat(JobPostingRequirements.problems(json, true)).isEmpty();
    }

    @Test
    void a_remote_job_names_where_applicants_must_live_instead_of_a_place() {
        Map<String, Object> json = schema.posting(details(vacancy(WorkMode.REMOTE, 35, 37.5, ContractType.FIXED_TERM,
                new BigDecimal("24000"), null, PayPeriod.YEAR)));

        assertThat(json).doesNotContainKey("jobLocation");
        assertThat(json.get("jobLocationType")).isEqualTo("TELECOMMUTE");
        assertThat(json.get("applicantLocationRequirements"))
                .isEqualTo(Map.of("@type", "Country", "name", "United Kingdom"));
        assertThat(json.get("employmentType")).isEqualTo(List.of("FULL_TIME", "TEMPORARY"));
        assertThat(json.get("baseSalary")).isEqualTo(Map.of("@type", "MonetaryAmount", "currency", "GBP", "value",
                Map.of("@type", "QuantitativeValue", "value", new BigDecimal("24000"), "unitText", "YEAR")));
        assertThat(JobPostingRequirements.problems(json, true)).isEmpty();
    }

    @Test
    void hours_either_side_of_thirty_a_week_are_both_full_and_part_time_and_no_pay_means_no_salary() {
        Map<String, Object> json = schema.posting(details(vacancy(WorkMode.HYBRID, 20, 37.5,
                ContractType.APPRENTICESHIP, null, null, null)));

        assertThat(json.get("employmentType")).isEqualTo(List.of("FULL_TIME", "PART_TIME", "OTHER"));
        assertThat(json).doesNotContainKey("baseSalary").containsKey("jobLocation");
        assertThat(JobPostingRequirements.problems(json, false)).isEmpty();
    }

    @Test
    void the_requirements_check_names_what_is_missing() {
        Map<String, Object> json = new java.util.LinkedHashMap<>(schema.posting(details(vacancy(WorkMode.ON_SITE,
                16, 24, ContractType.PERMANENT, null, null, null))));
        json.remove("datePosted");
        json.put("employmentType", List.of("SOMETIMES"));

        assertThat(JobPostingRequirements.problems(json, true)).containsExactly(
                "datePosted is an ISO 8601 date", "employmentType lists Google's values",
                "baseSalary is a MonetaryAmount in GBP with a QuantitativeValue and a unit");
    }

    @Test
    void a_list_typed_in_the_description_is_an_html_list_as_on_the_page() {
        Map<String, Object> json = schema.posting(details(vacancy("What you will do:\n- Serve <customers>\n- Wash up",
                WorkMode.ON_SITE, 16, 24, ContractType.PERMANENT, null, null, null)));

        assertThat(json.get("description")).isEqualTo("<p>What you will do:</p><ul><li>Serve &lt;customers&gt;</li>"
                + "<li>Wash up</li></ul><p>Workplace adjustments offered:</p><ul><li>Flexible start and finish</li>"
                + "<li>Quiet or private workspace</li></ul>");
    }

    @Test
    void json_for_a_script_element_cannot_close_it() {
        JobPostingService service = new JobPostingService(null, Taxonomy.loadDefault(), JsonMapper.createDefault(),
                "https://jobs.example.org/");

        assertThat(service.write(Map.of("title", "</script><script>alert(1)</script>&")))
                .isEqualTo("{\"title\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026\"}");
    }
}
