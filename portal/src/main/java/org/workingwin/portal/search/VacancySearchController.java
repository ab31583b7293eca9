package org.workingwin.portal.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.validation.FieldErrors;

/** Public browse of published vacancies: the same search, filters and counts as the Vacancies page. */
@Controller("/api/v1/vacancies")
class VacancySearchController {

    private final VacancySearchService search;

    VacancySearchController(VacancySearchService search) {
        this.search = search;
    }

    @Get
    BrowseResult browse(@Nullable @QueryValue("q") String keywords, @Nullable @QueryValue String postcode,
                        @Nullable @QueryValue Double radiusKm, @Nullable @QueryValue Double hoursMin,
                        @Nullable @QueryValue Double hoursMax, @Nullable @QueryValue List<String> workMode,
                        @Nullable @QueryValue List<String> contractType,
                        @Nullable @QueryValue List<String> localAuthority,
                        @Nullable @QueryValue List<String> adjustment, @Nullable @QueryValue String sort,
                        @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int pageSize) {
        return search.browse(new PublicBrowse(keywords, postcode, radiusKm, hoursMin, hoursMax, workModes(workMode),
                set(contractType), set(localAuthority), set(adjustment), sortOf(sort), page, pageSize));
    }

    private static Set<WorkMode> workModes(List<String> values) {
        try {
            return set(values).stream().map(WorkMode::valueOf).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            FieldErrors.throwIfAny(java.util.Map.of("workMode", "Use ON_SITE, HYBRID or REMOTE"));
            return Set.of();
        }
    }

    private static BrowseSort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return BrowseSort.RELEVANCE;
        }
        try {
            return BrowseSort.valueOf(sort);
        } catch (IllegalArgumentException e) {
            FieldErrors.throwIfAny(java.util.Map.of("sort", "Use RELEVANCE, DISTANCE or NEWEST"));
            return BrowseSort.RELEVANCE;
        }
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
