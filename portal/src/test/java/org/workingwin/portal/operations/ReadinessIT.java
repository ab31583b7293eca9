package org.workingwin.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import io.micronaut.jdbc.DataSourceResolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/** The index follower is slowed to once an hour here, so a change can be left unapplied on purpose. */
@MicronautTest(transactional = false)
@Tag("database")
@Property(name = "portal.index.poll-interval", value = "1h")
class ReadinessIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyIndexService vacancyIndex;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;
    @Inject
    Clock clock;

    @Inject
    org.workingwin.portal.search.ParticipantIndexService participantIndex;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Fault drill D found readiness holding a load balancer's probe for 30 s while the database was stopped
     * (the pool's wait for a connection); it now gives the database 2 s.
     */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void a_database_that_never_answers_is_reported_down_without_holding_the_probe() {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        DataSource hanging = (DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        never.await();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Readiness readiness = new Readiness(hanging, DataSourceResolver.DEFAULT, vacancyIndex, participantIndex, clock);
        Readiness.Report report = readiness.check();
        assertThat(report.ready()).isFalse();
        assertThat(report.checks().getFirst()).isEqualTo(new Readiness.Check("database", false, "does not answer"));
        assertThat(report.checks().get(1).detail()).endsWith("backlog unknown while the database is down");
    }

    private HttpResponse<String> ready() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_index_more_than_five_minutes_behind_the_outbox_makes_the_node_not_ready_until_it_catches_up()
            throws Exception {
        vacancyIndex.catchUp();
        vacancies.save(data.employer("Readiness Florist"), null, TestData.validDraft("Florist", LocalDate.now(clock)));
        try (Connection c = resolver.resolve(dataSource).getConnection();
             PreparedStatement backdate = c.prepareStatement(
                     "UPDATE index_outbox SET created_at = ? WHERE id = (SELECT m FROM (SELECT MAX(id) m FROM index_outbox) x)")) {
            backdate.setTimestamp(1, Timestamp.from(clock.instant().minus(Duration.ofMinutes(10))));
            assertThat(backdate.executeUpdate()).isEqualTo(1);
        }

        HttpResponse<String> behind = ready();

        assertThat(behind.statusCode()).isEqualTo(503);
        assertThat(behind.body()).startsWith("{\"ready\":false,");
        assertThat(behind.body()).containsPattern(
                "\\{\"name\":\"vacancy index\",\"up\":false,\"detail\":\"\\d+ documents; 1 change to apply; 6\\d\\d s behind\"}");

        vacancyIndex.catchUp();
        HttpResponse<String> caughtUp = ready();
        assertThat(caughtUp.statusCode()).isEqualTo(200);
        assertThat(caughtUp.body()).containsPattern(
                "\\{\"name\":\"vacancy index\",\"up\":true,\"detail\":\"\\d+ documents; 0 changes to apply; 0 s behind\"}");
    }
}
