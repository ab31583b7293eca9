package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Emailed links in Chromium, with axe-core on every page: an administrator invites a specialist, who
 * follows the link from the email and lands on their home page signed in; the spent link explains itself;
 * then the specialist forgets their password, resets it from the emailed link and signs in with the new one.
 */
@MicronautTest(transactional = false)
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountLinksFlowIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/((?:invitation|reset-password)/[A-Za-z0-9_-]{43})");

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;

    private Browser browser;
    private final String email = TestData.uniqueEmail("sam");
    private String invitationPath;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-links-");

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterEach
    void pagesAreAccessible() {
        browser.assertAccessible();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** The path of the link in the newest email to this address. */
    private String linkIn(String to) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] all = SMTP.getReceivedMessages();
        MimeMessage last = all[all.length - 1];
        assertThat(last.getAllRecipients()[0].toString()).isEqualTo(to);
        Matcher m = LINK.matcher(GreenMailUtil.getBody(last).replace("=\r\n", "").replace("\r\n", "\n"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    @Order(1)
    void an_administrator_invites_a_specialist_who_accepts_from_the_email() throws Exception {
        SignedInUser admin = data.user(Role.ADMIN);
        browser.signIn(admin.email(), TestData.PASSWORD);
        browser.open("admin/invitations");
        browser.type("invite-email", email);
        browser.type("invite-name", "Sam Newcomer");
        browser.click("send-invitation");
        browser.waitForText("Invitation sent to " + email);
        assertThat(browser.pageText()).contains("Sam Newcomer", "Specialist");
        browser.screenshot("60-admin-invitations");
        invitationPath = linkIn(email);
        browser.signOut();

        browser.open(invitationPath);
        browser.waitForText("Welcome to Working Win");
        assertThat(browser.pageText()).contains("Test ADMIN invited you to join Working Win as an employment specialist.",
                "Your account will use the email address " + email);
        assertThat(browser.valueOf("name")).isEqualTo("Sam Newcomer");
        browser.screenshot("61-invitation-accept");
        browser.type("password", "short");
        browser.click("accept-invitation");
        assertThat(browser.errorOf("password")).isEqualTo("Use at least 10 characters for your password");
        browser.type("password", TestData.PASSWORD);
        browser.click("accept-invitation");
        browser.waitForPath("/specialist");
        assertThat(browser.pageText()).contains("Sam Newcomer");
    }

    @Test
    @Order(2)
    void the_spent_invitation_link_says_what_happened_and_what_to_do() {
        browser.signOut();
        browser.open(invitationPath);
        browser.waitForText("This link has already been used");
        assertThat(browser.pageText()).contains("Each link works only once. Your account is ready: sign in with "
                + "your email address and the password you chose.");
        browser.screenshot("62-link-used");
        browser.open("reset-password/" + "A".repeat(43));
        browser.waitForText("This link does not work");
        assertThat(browser.pageText()).contains("Ask for a new link");
        browser.screenshot("62b-link-unknown");
    }

    @Test
    @Order(3)
    void the_specialist_resets_a_forgotten_password_from_the_emailed_link() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        browser.open("sign-in");
        browser.clickText("Forgot your password?");
        browser.waitForPath("/forgot-password");
        browser.type("email", email);
        browser.click("send-reset-link");
        browser.waitForText("If an account uses that address, we have sent a link to it.");
        browser.screenshot("63-forgot-password");
        String resetPath = linkIn(email);

        browser.open(resetPath);
        browser.waitForText("Choose a new password");
        browser.screenshot("64-reset-password");
        browser.type("new-password", "my new password 2026");
        browser.click("save-password");
        browser.waitForPath("/sign-in");

        browser.signIn(email, "my new password 2026");
        browser.waitForPath("/specialist");
        browser.open("account");
        browser.waitForText("Your account");
        assertThat(browser.pageText()).contains("Sam Newcomer", email, "Sign out everywhere");
        browser.screenshot("65-account");
        browser.click("sign-out-everywhere");
        browser.waitForText("You are signed out on every device.");
        browser.screenshot("66-signed-out-everywhere");
        browser.open(resetPath);
        browser.waitForText("This link has already been used");
    }
}
