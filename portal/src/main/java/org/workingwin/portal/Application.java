package org.workingwin.portal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the portal: Micronaut boots Jetty, which hosts the Vaadin portal and the JSON API. */
@OpenAPIDefinition(info = @Info(title = "Working Win API", version = "1",
        description = "Vacancies, participants' matching profiles and matches in both directions. Public: the "
                + "taxonomy and the vacancy browse. Everything else needs an API token (Authorization: Bearer), "
                + "created by a specialist or administrator on the portal's API tokens page.",
        license = @License(name = "Data attributions: see /about-the-data")))
@SecurityScheme(name = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
