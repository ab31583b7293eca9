package org.workingwin.portal.taxonomy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.workingwin.matching.taxonomy.Taxonomy;

/** Serves the taxonomy data file exactly as both modules read it. Public: it holds no personal data. */
@Controller("/api/v1/taxonomy")
class TaxonomyController {

    @Get(produces = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> taxonomy() {
        return HttpResponse.ok(Taxonomy.defaultJson()).header("Cache-Control", "public, max-age=300");
    }
}
