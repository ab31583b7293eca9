package org.workingwin.portal.jobposting;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.vacancy.PublishedPage;
import org.workingwin.portal.vacancy.VacancyService;

/** Published vacancies as schema.org JobPosting JSON-LD: one per public page, and the feed of them all. */
@Singleton
public class JobPostingService {

    private final VacancyService vacancies;
    private final JobPostingSchema schema;
    private final JsonMapper json;
    private final String publicUrl;

    JobPostingService(VacancyService vacancies, Taxonomy taxonomy, JsonMapper json,
                      @Value("${portal.public-url}") String publicUrl) {
        this.vacancies = vacancies;
        this.schema = new JobPostingSchema(taxonomy, publicUrl);
        this.json = json;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The JSON-LD for a vacancy anyone may see, ready to sit inside a script element; empty otherwise. */
    public Optional<String> forPublicVacancy(long id) {
        return vacancies.publicDetails(id).map(schema::document).map(this::write);
    }

    /**
     * One page of the feed: an ItemList of JobPostings, with the address of the next page while there
     * is one.
     */
    public Map<String, Object> feed(long after, int size) {
        PublishedPage page = vacancies.publishedOpen(after, size);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org/");
        list.put("@type", "ItemList");
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < page.vacancies().size(); i++) {
            items.add(JobPostingSchema.ordered("@type", "ListItem", "position", i + 1, "item",
                    schema.posting(page.vacancies().get(i))));
        }
        list.put("numberOfItems", items.size());
        list.put("itemListElement", items);
        if (page.continueAfter() != null) {
            list.put("nextPage", publicUrl + "api/v1/job-postings?after=" + page.continueAfter() + "&size=" + size);
        }
        return list;
    }

    /**
     * JSON with every '<', '>' and '&' written as a Unicode escape: the same data, and text such as
     * "</script>" in a description can never end the script element it is embedded in.
     */
    String write(Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
