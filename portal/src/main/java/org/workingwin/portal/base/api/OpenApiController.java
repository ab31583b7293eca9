package org.workingwin.portal.base.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document that the build generates from the controllers. */
@Controller("/api")
@Hidden
class OpenApiController {

    static final String DOCUMENT = "/META-INF/swagger/working-win-api-1.yml";

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openApi() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(in.readAllBytes()).contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document", e);
        }
    }
}
