package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.SupportDirectoryService;

/**
 * The support directory end to end in headless Chromium: an organisation sends a listing without signing
 * in, it stays out of the directory until an administrator approves it, and then a visitor who filters
 * by its area, kind of help and group finds it.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportDirectoryFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    SupportDirectoryService directory;

    private Browser browser;
    private final String tag = "fl" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String name = "Example Calm Minds " + tag + " (fictional)";
    private SignedInUser admin;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-directory-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString());
        admin = data.user(Role.ADMIN);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void an_organisation_sends_a_listing_without_signing_in() {
        browser.open("support");
        browser.clickText("List your organisation");
        browser.waitForPath("/support/register");
        browser.type("listing-name", name);
        browser.type("listing-website", "example.org/calm");
        browser.click("send-listing");
        assertThat(browser.errorOf("listing-website"))
                .isEqualTo("Enter the whole website address, starting with https:// or http://");
        assertThat(browser.errorOf("listing-kinds")).isEqualTo("Choose at least one kind of help");
        assertThat(browser.errorOf("contact-email")).isEqualTo("Enter your email address");
        assertThat(browser.valueOf("listing-name")).isEqualTo(name);
        browser.screenshot("40-listing-errors");

        browser.type("listing-description", "Free talking support for carers who feel stressed or low, "
                + "with evening calls.");
        browser.checkOption("listing-kinds", "Mental health support");
        browser.checkOption("listing-audiences", "Carers");
        browser.checkOption("listing-areas", "Rotherham");
        browser.checkOption("listing-areas", "Doncaster");
        browser.type("listing-website", "https://example.org/calm-" + tag);
        browser.type("listing-phone", "0114 496 0777");
        browser.type("contact-name", "Casey Example");
        browser.type("contact-email", "casey." + tag + "@example.org");
        browser.screenshot("41-listing-filled");
        browser.click("send-listing");
        browser.waitForText("Thank you: we have your listing");
        assertThat(browser.text("listing-confirmation")).contains("An administrator will check the listing for "
                + name + " before it appears in the directory.");
        browser.screenshot("42-listing-sent");
    }

    @Test
    @Order(2)
    void a_waiting_listing_is_not_in_the_directory() {
        browser.open("support?q=" + tag);
        browser.waitForText("Nothing found");
        assertThat(browser.pageText()).doesNotContain(name);
    }

    @Test
    @Order(3)
    void an_administrator_checks_and_approves_it() {
        browser.signIn(admin.email(), TestData.PASSWORD);
        menu("Support listings");
        browser.waitForPath("/admin/support-listings");
        browser.waitForText(name);
        long id = directory.pending(admin).stream().filter(l -> l.name().equals(name)).findFirst()
                .map(ProviderListing::id).orElseThrow();
        browser.click("details-" + id);
        browser.waitForText("casey." + tag + "@example.org");
        browser.screenshot("43-approvals-details");
        browser.click("approve-" + id);
        browser.waitForText("Approved: " + name + ". It is now in the directory.");
        browser.screenshot("44-approved");
        browser.signOut();
    }

    @Test
    @Order(4)
    void a_visitor_filters_the_directory_and_finds_it() {
        browser.open("");
        menu("Local support");
        browser.waitForPath("/support");
        assertThat(browser.all("vaadin-side-nav-item")).extracting(e -> e.getText())
                .containsExactly("Vacancies", "Can I take part?", "Help to stay in work", "Register as an employer",
                        "Local support", "About the data");
        browser.choose("filter-area", "Rotherham");
        browser.choose("filter-kind", "Mental health support");
        browser.choose("filter-audience", "Carers");
        browser.type("keywords", "calm " + tag);
        browser.click("search");
        browser.waitForText("1 organisation found");
        String page = browser.pageText();
        assertThat(page).contains(name, "Help with\nMental health support", "For\nCarers",
                "Areas\nDoncaster, Rotherham", "https://example.org/calm-" + tag, "0114 496 0777");
        assertThat(browser.all("h1")).hasSize(1);
        assertThat(browser.all("section[aria-labelledby='results-heading'] h3")).extracting(e -> e.getText())
                .containsExactly(name);
        browser.screenshot("45-directory-found");

        browser.choose("filter-area", "Chesterfield");
        browser.waitForText("Nothing found. Try other words, another area or fewer choices.");
        browser.screenshot("46-directory-nothing-found");
    }

    /** Follows a side-navigation item, as a visitor clicks it. */
    private void menu(String label) {
        browser.all("vaadin-side-nav-item").stream().filter(e -> e.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No menu item " + label)).click();
        browser.waitForVaadin();
    }

    @Test
    @Order(5)
    void the_directory_reads_well_on_a_phone() {
        try (Browser phone = new Browser(server.getURL().toString(), 390, 844)) {
            phone.open("support?q=" + tag);
            phone.waitForText("1 organisation found");
            phone.click("result-summary");
            phone.screenshot("47-directory-phone");
            phone.open("support/register");
            phone.screenshot("48-register-phone");
        }
    }
}
