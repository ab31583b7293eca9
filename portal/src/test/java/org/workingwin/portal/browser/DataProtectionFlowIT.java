package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.workingwin.portal.TestData;
import org.workingwin.portal.privacy.PrivacyFixture;

/**
 * In headless Chromium: an administrator opens a participant's data from their record, downloads it as
 * JSON, is refused a deletion confirmed with the wrong reference, deletes it with the right one and finds
 * the tombstone on the data protection page; a participant opens their own copy from their home page.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataProtectionFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    PrivacyFixture fixture;

    private Browser browser;
    private PrivacyFixture.Person deleted;
    private PrivacyFixture.Person kept;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-data-protection-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString(), 1280, 1400);
        deleted = fixture.everywhere();
        kept = fixture.everywhere();
    }

    @AfterEach
    void pagesAreAccessible() {
        browser.assertAccessible();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void an_administrator_reads_and_downloads_everything_held_about_a_participant() {
        browser.signIn(deleted.admin().email(), TestData.PASSWORD);
        browser.open("specialist/participants/record/" + deleted.id());
        browser.clickText("All data held (copy or delete)");
        browser.waitForPath("/specialist/participants/export/" + deleted.id());
        browser.waitForText("Data held about Morgan " + deleted.lastName());
        assertThat(browser.text("export-sections")).contains("Functional needs and notes", "Note\n"
                + PrivacyFixture.NOTE, "Health support\n" + PrivacyFixture.HEALTH_SUPPORT, "Review meetings",
                "Trial allocation", "Who read or changed their health data");
        browser.screenshot("60-export-page");

        String href = browser.byId("download-json").getAttribute("href");
        String download = browser.fetch(href.substring(href.indexOf("VAADIN/")));
        assertThat(download).startsWith("200 {\"participantId\":" + deleted.id() + ",\"reference\":\""
                + deleted.reference() + "\"").contains(PrivacyFixture.NOTE);
    }

    @Test
    @Order(2)
    void a_deletion_needs_the_typed_reference_and_leaves_a_tombstone() {
        browser.click("delete-participant");
        browser.waitForText("Delete Morgan " + deleted.lastName() + "'s data?");
        browser.screenshot("61-deletion-dialog");
        browser.type("confirm-reference", "WW-000000");
        browser.click("confirm-delete");
        assertThat(browser.errorOf("confirm-reference"))
                .isEqualTo("Type the trial reference " + deleted.reference() + " to confirm");
        browser.screenshot("62-deletion-refused");

        browser.type("confirm-reference", deleted.reference());
        browser.click("confirm-delete");
        browser.waitForPath("/admin/data-protection");
        browser.waitForText(deleted.reference() + " (record " + deleted.id() + "): deleted on request by Test ADMIN");
        browser.screenshot("63-data-protection-page");
        browser.signOut();
    }

    @Test
    @Order(3)
    void a_participant_reads_their_own_data_from_their_home_page() {
        browser.signIn(kept.email(), TestData.PASSWORD);
        browser.open("me");
        browser.clickText("The data we hold about me");
        browser.waitForPath("/me/my-data");
        browser.waitForText("The data we hold about you");
        assertThat(browser.text("export-sections")).contains("Note\n" + PrivacyFixture.NOTE);
        browser.screenshot("64-my-data");
    }
}
