package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import java.util.UUID;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Sign-in hardening in Chromium with two-factor sign-in required: an administrator is made to set it up,
 * scans (here: reads) the key, confirms a code and gets recovery codes; signs out; signs in again with
 * password and code under a new session id. An account with five wrong passwords sees the lock-out.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.security.two-factor-required", value = "true")
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private Browser browser;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private SignedInUser admin;
    private String secret;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-sign-in-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString());
        admin = accounts.create(TestData.uniqueEmail("ada"), "Ada Admin " + tag, TestData.PASSWORD, Role.ADMIN, null);
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
    void an_administrator_without_two_factor_is_sent_to_set_it_up_from_every_page_and_does() {
        browser.signIn(admin.email(), TestData.PASSWORD);
        browser.waitForPath("/account/two-factor");
        browser.waitForText("Set up two-factor sign-in to continue.");
        browser.open("specialist/participants");
        browser.waitForPath("/account/two-factor");
        assertThat(browser.byId("two-factor-qr").getDomAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(browser.byId("two-factor-qr").getDomProperty("naturalWidth")).isEqualTo("240");
        secret = browser.text("two-factor-secret").replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        browser.screenshot("60-two-factor-set-up");
        browser.type("two-factor-code", "000000".equals(code(0)) ? "111111" : "000000");
        browser.click("turn-on-two-factor");
        assertThat(browser.errorOf("two-factor-code"))
                .isEqualTo("That code is not right. Enter the 6-digit code your app shows now");
        browser.type("two-factor-code", code(0));
        browser.click("turn-on-two-factor");
        browser.waitForText("Your recovery codes");
        assertThat(browser.all("#recovery-codes li")).hasSize(10);
        browser.screenshot("61-two-factor-recovery-codes");
        browser.click("two-factor-done");
        browser.waitForPath("/specialist");
        browser.open("specialist/participants");
        browser.waitForPath("/specialist/participants");
    }

    @Test
    @Order(2)
    void after_signing_out_the_administrator_needs_password_and_code_and_gets_a_new_session_id() {
        browser.signOut();
        browser.open("sign-in");
        passwordStep(admin.email(), TestData.PASSWORD);
        browser.waitForPath("/sign-in/code");
        browser.waitForText("Your password was right. Your account also asks for a code.");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.type("sign-in-code", "12345x");
        browser.click("confirm-code");
        assertThat(browser.errorOf("sign-in-code"))
                .isEqualTo("That code is not right. Enter the code your app shows now, or a recovery code");
        browser.screenshot("62-sign-in-code");
        // The next step's code: enrolment used this one, and one step either side is allowed for clock drift.
        browser.type("sign-in-code", code(1));
        browser.click("confirm-code");
        browser.waitForPath("/specialist");
        assertThat(browser.text("sign-out")).isEqualTo("Sign out");
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(after).isNotEqualTo(before);
        browser.open("account/two-factor");
        browser.waitForText("Two-factor sign-in is on");
        assertThat(browser.pageText()).contains("You have 10 unused recovery codes.",
                "Someone lost their phone and recovery codes?");
    }

    @Test
    @Order(3)
    void an_account_with_five_wrong_passwords_sees_when_to_try_again_even_with_the_right_one() {
        browser.signOut();
        SignedInUser specialist = accounts.create(TestData.uniqueEmail("locked"), "Lou Locked " + tag,
                TestData.PASSWORD, Role.SPECIALIST, null);
        browser.open("sign-in");
        for (int i = 1; i <= 4; i++) {
            passwordStep(specialist.email(), "not the password " + i);
            assertThat(loginError())
                    .isEqualTo("We could not sign you in / Check your email address and password and try again.");
        }
        // On MariaDB the failure's time is stored without fractions of a second (see operations.md), so
        // the lock can end up to a second before "now + 15 minutes" as this test sees it.
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        passwordStep(specialist.email(), "not the password 5");
        // 15 minutes after the 5th failure, rounded up to the minute, in UK time.
        List<String> expected = Stream.of(before, Instant.now()).map(at -> "Too many attempts to sign in. / Try again after "
                + HH_MM.format(at.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)))
                + ", or reset your password.").toList();
        assertThat(loginError()).isIn(expected);
        passwordStep(specialist.email(), TestData.PASSWORD);
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(loginError()).isIn(expected);
        browser.screenshot("63-sign-in-locked");
    }

    /** Types into the sign-in form as a person would and presses Enter; stays on whatever page follows. */
    private void passwordStep(String email, String password) {
        var username = browser.driver().findElement(By.cssSelector("#vaadinLoginUsername input"));
        username.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, email);
        var field = browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, password, Keys.ENTER);
        // The form turns itself off while the server answers; the next attempt waits until it is back.
        browser.waitUntil("const f = document.querySelector('vaadin-login-form'); return !f || !f.disabled;");
        browser.waitForVaadin();
    }

    /** The error the sign-in form shows (inside its shadow DOM, so not in the page's text): "title / message". */
    private String loginError() {
        return (String) browser.driver().executeScript("""
                const f = document.querySelector('vaadin-login-form');
                return f.error ? f.i18n.errorMessage.title + ' / ' + f.i18n.errorMessage.message : 'no error';""");
    }

    /** The authenticator app's code for the current 30-second step plus offset. */
    private String code(int offset) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + offset);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
