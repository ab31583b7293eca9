package org.workingwin.portal.match;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.portal.base.api.ApiActor;

/** Matches in both directions, with reasons; specialists and administrators with an API token. */
@SecurityRequirement(name = "apiToken")
@Controller("/api/v1")
class MatchController {

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    @Get("/participants/{id}/matches")
    MatchPage matches(HttpRequest<?> request, @PathVariable long id, @QueryValue(defaultValue = "0") int page,
                      @QueryValue(defaultValue = "20") int pageSize) {
        return matches.matchesFor(ApiActor.require(request), id, page, pageSize);
    }

    @Get("/vacancies/{id}/candidates")
    CandidatesPage candidates(HttpRequest<?> request, @PathVariable long id,
                              @QueryValue(defaultValue = "0") int page,
                              @QueryValue(defaultValue = "20") int pageSize) {
        return matches.candidatesFor(ApiActor.require(request), id, page, pageSize);
    }
}
