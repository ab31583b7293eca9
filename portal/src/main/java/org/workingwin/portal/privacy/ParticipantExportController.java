package org.workingwin.portal.privacy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.workingwin.portal.base.api.ApiActor;

/** A participant's subject access export as JSON; their specialist (own caseload) and administrators. */
@SecurityRequirement(name = "apiToken")
@Controller("/api/v1/participants")
class ParticipantExportController {

    private final ParticipantExportService exports;

    ParticipantExportController(ParticipantExportService exports) {
        this.exports = exports;
    }

    @Operation(summary = "Everything held about a participant (subject access)",
            description = "Every table's rows about the participant, health notes decrypted, under \"data\" by "
                    + "part (record, needs, recordHistory, plan, planHistory, reviews, opportunities, "
                    + "opportunitySteps, employerContacts, referral, allocation, account, savedSearches, "
                    + "mailPreferences, unsubscribeLinks, healthAudit). Recorded in the health audit trail.")
    @Get("/{id}/export")
    @Produces(MediaType.APPLICATION_JSON)
    String export(HttpRequest<?> request, @PathVariable long id) {
        return exports.toJson(exports.export(ApiActor.require(request), id));
    }
}
