package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.participantportal.PortalFixture;
import org.workingwin.portal.pipeline.PipelineService;

/**
 * A participant on a phone: signs in, sees the job their specialist shared with the reasons, says "I'm
 * interested"; their specialist then sees it on My work.
 */
@MicronautTest(transactional = false)
// Any free port: other portals may run on this machine.
@io.micronaut.context.annotation.Property(name = "micronaut.server.port", value = "-1")
@Tag("browser")
@Tag("database")
class ParticipantFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    PortalFixture fixture;
    @Inject
    PipelineService pipeline;

    @Test
    void a_participant_says_they_are_interested_and_the_specialist_sees_it() {
        PortalFixture.Setup s = fixture.shortlisted("Framer");
        pipeline.share(s.specialist(), s.opportunity(), null);
        try (Browser browser = new Browser(server.getURL().toString(), 390, 844)) {
            browser.signIn(s.email(), TestData.PASSWORD);
            browser.waitForPath("/me");
            browser.waitForText("Framer assistant");
            browser.waitForText("Title matches \"Framer assistant\".");
            browser.screenshot("30-participant-home-phone");

            browser.click("interested-" + s.opportunity());
            browser.waitForText("You said you are interested. Your specialist will be in touch.");
            browser.screenshot("31-participant-said-interested-phone");

            browser.open("me/saved-searches");
            browser.waitForText("You have no saved searches yet.");
            browser.screenshot("32-participant-saved-searches-phone");

            browser.signOut();
            browser.signIn(s.specialist().email(), TestData.PASSWORD);
            browser.open("specialist");
            browser.waitForText("Jamie Rivers is interested in Framer assistant (Framer Ltd)");
            browser.screenshot("33-specialist-sees-interest-phone");
            assertThat(browser.path()).isEqualTo("/specialist");
        }
    }
}
