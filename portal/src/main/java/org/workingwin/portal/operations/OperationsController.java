package org.workingwin.portal.operations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;
import org.workingwin.portal.base.api.ApiActor;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;

/**
 * Operations endpoints: liveness (the process answers), readiness (database and indexes, see
 * {@link Readiness}) and Prometheus metrics, which need an administrator's API token because they
 * describe the service's use.
 */
@Controller("/api")
class OperationsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private final Readiness readiness;
    private final PrometheusMeterRegistry registry;

    OperationsController(Readiness readiness, PrometheusMeterRegistry registry) {
        this.readiness = readiness;
        this.registry = registry;
    }

    @Get("/health/live")
    Map<String, String> live() {
        return Map.of("status", "UP");
    }

    @Get("/health/ready")
    HttpResponse<Readiness.Report> ready() {
        Readiness.Report report = readiness.check();
        return HttpResponse.<Readiness.Report>status(report.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(report);
    }

    @Get(value = "/metrics", produces = PROMETHEUS_TEXT)
    String metrics(HttpRequest<?> request) {
        NotAllowedException.requireRole(ApiActor.require(request), Role.ADMIN);
        return registry.scrape();
    }
}
