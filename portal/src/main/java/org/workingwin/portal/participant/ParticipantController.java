package org.workingwin.portal.participant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import org.workingwin.portal.base.api.ApiActor;

/** Create, update and read participants' matching profiles; specialists (own caseload) and administrators. */
@SecurityRequirement(name = "apiToken")
@Controller("/api/v1/participants")
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @Serdeable
    record Created(long id) {
    }

    @Post
    HttpResponse<Created> create(HttpRequest<?> request, @Body ParticipantInput input) {
        return HttpResponse.created(new Created(participants.create(ApiActor.require(request), input)));
    }

    @Put("/{id}")
    HttpResponse<Void> update(HttpRequest<?> request, @PathVariable long id, @Body ParticipantInput input) {
        participants.update(ApiActor.require(request), id, input);
        return HttpResponse.noContent();
    }

    @Get("/{id}")
    ParticipantInput read(HttpRequest<?> request, @PathVariable long id) {
        return participants.input(ApiActor.require(request), id);
    }
}
