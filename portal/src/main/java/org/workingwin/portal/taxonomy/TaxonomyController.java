package org.workingwin.portal.taxonomy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.workingwin.matching.taxonomy.Taxonomy;

/** Serves the taxonomy data file exactly as both modules read it. Public: it holds no personal data. */
@Controller("/api/v1/taxonomy")
class TaxonomyController {

    // Declared as HttpResponse<?>, not <byte[]>: Micronaut picks the body writer from the declared type, so a
    // filter's JSON error (a bad token) written through a byte[] writer failed with an empty 401. With a
    // wildcard the writer follows the body actually sent.
    @Get(produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> taxonomy() {
        return HttpResponse.ok(Taxonomy.defaultJson()).header("Cache-Control", "public, max-age=300");
    }
}
