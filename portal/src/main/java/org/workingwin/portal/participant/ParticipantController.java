package org.workingwin.portal.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Header;
import java.util.Map;
import org.workingwin.portal.base.api.ApiErrors;
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

    /**
     * Replaces a profile. If-Match must carry the ETag of the GET the change started from: a change from an
     * older version is refused with 409 (someone else saved since), a change without one with 428.
     */
    @Put("/{id}")
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id,
                           @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch, @Body ParticipantInput input) {
        var actor = ApiActor.require(request);
        participants.version(actor, id); // someone who may not see the record hears only that (403)
        if (ifMatch == null || ifMatch.isBlank()) {
            return HttpResponse.status(HttpStatus.PRECONDITION_REQUIRED).body(new ApiErrors.ApiError(
                    "Send the ETag of the participant you read (GET) in If-Match, so a change made since is not"
                            + " overwritten", Map.of("If-Match", "Give the version you read, like \"3\"")));
        }
        Long version = parseVersion(ifMatch);
        if (version == null) {
            return HttpResponse.badRequest(new ApiErrors.ApiError("Some values are not valid",
                    Map.of("If-Match", "Give the ETag of the participant you read, like \"3\"")));
        }
        participants.update(actor, id, version, input);
        return HttpResponse.noContent().header(HttpHeaders.ETAG, etag(participants.version(actor, id)));
    }

    @Get("/{id}")
    HttpResponse<ParticipantInput> read(HttpRequest<?> request, @PathVariable long id) {
        ParticipantService.Editable record = participants.editable(ApiActor.require(request), id);
        return HttpResponse.ok(record.input()).header(HttpHeaders.ETAG, etag(record.version()));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** "3", 3 or W/"3"; anything else (a list, *, words) is not a version. */
    static Long parseVersion(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}
