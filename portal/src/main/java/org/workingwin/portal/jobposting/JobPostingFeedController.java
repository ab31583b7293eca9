package org.workingwin.portal.jobposting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.Map;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.vacancy.PublishedPage;

/**
 * The feed of every open published vacancy as schema.org JobPostings, for job boards and search engines.
 * Public, like the vacancies themselves; paged by vacancy id ({@code after}), following {@code nextPage}.
 */
@Controller("/api/v1/job-postings")
class JobPostingFeedController {

    static final String LD_JSON = "application/ld+json";
    private final JobPostingService postings;

    JobPostingFeedController(JobPostingService postings) {
        this.postings = postings;
    }

    @Get(produces = LD_JSON)
    HttpResponse<String> feed(@QueryValue(defaultValue = "0") long after,
                              @QueryValue(defaultValue = "100") int size) {
        if (size < 1 || size > PublishedPage.MAX_SIZE) {
            FieldErrors.throwIfAny(Map.of("size", "Use a page size from 1 to " + PublishedPage.MAX_SIZE));
        }
        if (after < 0) {
            FieldErrors.throwIfAny(Map.of("after", "Use 0 or a vacancy id"));
        }
        return HttpResponse.ok(postings.write(postings.feed(after, size))).contentType(LD_JSON);
    }
}
