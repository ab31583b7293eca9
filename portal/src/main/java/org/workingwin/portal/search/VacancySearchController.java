package org.workingwin.portal.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.workingwin.matching.vacancy.SearchPage;

/** Public search of published vacancies: the same search as the Vacancies page. */
@Controller("/api/v1/vacancies")
class VacancySearchController {

    private final VacancySearchService search;

    VacancySearchController(VacancySearchService search) {
        this.search = search;
    }

    @Get
    SearchPage search(@Nullable @QueryValue("q") String keywords, @Nullable @QueryValue String postcode,
                      @Nullable @QueryValue Double radiusKm, @QueryValue(defaultValue = "0") int page,
                      @QueryValue(defaultValue = "20") int pageSize) {
        return search.search(new PublicSearch(keywords, postcode, radiusKm, page, pageSize));
    }
}
