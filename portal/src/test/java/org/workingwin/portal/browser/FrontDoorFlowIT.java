package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
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
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.randomisation.Allocation;
import org.workingwin.portal.randomisation.Arm;
import org.workingwin.portal.referral.Referral;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.ReferralStatus;

/**
 * The trial's front door in Chromium, on H2 and MariaDB: an ineligible answer gets a kind explanation;
 * an eligible person asks for an appointment; an administrator records eligibility and consent, reveals
 * the allocation, and gives a new-service participant a specialist (or sees the control information pack).
 */
@MicronautTest(transactional = false)
@Tag("browser")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrontDoorFlowIT {

    @Inject
    EmbeddedServer server;
    @Inject
    TestData data;
    @Inject
    AccountService accounts;
    @Inject
    ReferralService referrals;

    private Browser browser;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String lastName = "Doorstep" + tag;
    private SignedInUser admin;
    private SignedInUser specialist;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = FailureRecord.keep(() -> browser, "failed-front-door-");

    @BeforeAll
    void setUp() {
        browser = new Browser(server.getURL().toString());
        admin = data.user(Role.ADMIN);
        specialist = accounts.create(TestData.uniqueEmail("sky"), "Sky Specialist " + tag, TestData.PASSWORD,
                Role.SPECIALIST, null);
    }

    /** Every page this test met passed axe-core at WCAG 2.2 A and AA (see Browser). */
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
    void an_ineligible_answer_gets_a_kind_explanation_and_other_help() {
        browser.open("take-part");
        browser.radio("aged-18-or-over", "No");
        browser.type("gp-postcode", "S2");
        browser.radio("work-situation", "I am out of work and would like to work");
        browser.radio("health-affects-work", "Yes");
        browser.click("check-eligibility");
        browser.waitForText("Working Win is not the right service this time");
        assertThat(browser.text("eligibility-outcome")).contains("Working Win is for adults aged 18 or over.",
                "Your answers have not been kept.", "Local support with work, skills, money and health");
        assertThat(browser.pageText()).doesNotContain("You can take part");
        browser.screenshot("30-take-part-ineligible");
    }

    @Test
    @Order(2)
    void an_eligible_person_asks_for_a_first_appointment() {
        browser.radio("aged-18-or-over", "Yes");
        browser.click("check-eligibility");
        browser.waitForText("You can take part");
        browser.type("first-name", "Morgan");
        browser.type("last-name", lastName);
        browser.type("email", "morgan." + tag + "@example.org");
        browser.radio("preferred-contact", "Email");
        browser.type("best-time", "Weekday mornings");
        browser.screenshot("31-take-part-eligible");
        browser.click("request-appointment");
        browser.waitForText("Thank you, Morgan");
        assertThat(browser.text("appointment-requested")).contains("contact you by email within five working days");
        browser.screenshot("32-take-part-thanks");
    }

    @Test
    @Order(3)
    void an_administrator_records_consent_and_reveals_the_allocation() {
        browser.signIn(admin.email(), TestData.PASSWORD);
        browser.open("admin/referrals");
        browser.type("referral-name", lastName);
        browser.waitForText("Morgan " + lastName);
        browser.screenshot("33-referral-queue");
        browser.clickText("Morgan " + lastName);
        browser.waitForText("New: arrange a first appointment");
        assertThat(browser.pageText()).contains("Area: S2, Sheffield · Out of work",
                "Email preferred · morgan." + tag + "@example.org · best: Weekday mornings");
        browser.click("record-consent");
        browser.click("confirm-consent");
        browser.waitForText("Confirm eligibility at the appointment, or close the referral");
        browser.check("eligibility-confirmed");
        browser.choose("sheet-version", "Version 3.1, 1 September 2026");
        browser.click("confirm-consent");
        browser.waitForText("Consent recorded: reveal the allocation");
        browser.click("reveal-allocation");
        browser.screenshot("34-reveal-dialog");
        browser.click("confirm-reveal");
        browser.waitForText("It cannot be changed.");
        Referral referral = referrals.queue(admin, EnumSet.allOf(ReferralStatus.class), 0, 1000).stream()
                .filter(r -> r.lastName().equals(lastName)).findFirst().orElseThrow();
        Allocation allocation = referrals.allocation(admin, referral.id()).orElseThrow();
        assertThat(browser.text("allocation")).contains(allocation.arm().label(),
                "by " + admin.displayName() + ". It cannot be changed.");
        browser.screenshot("35-allocation-revealed");
        if (allocation.arm() == Arm.CONTROL) {
            assertThat(browser.text("information-pack")).contains("Information pack: support in Sheffield");
            assertThat(browser.pageText()).doesNotContain("Add to their caseload");
            return;
        }
        browser.choose("enrol-specialist", "Sky Specialist " + tag + " (0 of 20)");
        browser.click("enrol");
        browser.waitForText("Open Morgan's participant record");
        browser.screenshot("36-enrolled");
        browser.signOut();
        browser.signIn(specialist.email(), TestData.PASSWORD);
        browser.open("specialist/participants");
        browser.waitForText("Morgan " + lastName);
        assertThat(browser.pageText()).contains(String.format("WW-%06d", referral.id()));
    }

    @Test
    @Order(4)
    void a_gp_refers_someone_who_agreed() {
        browser.signOut();
        browser.open("refer");
        browser.type("referrer-name", "Dr Ada Jones");
        browser.type("referrer-role", "GP");
        browser.type("referrer-organisation", "Example Surgery (fictional)");
        browser.type("referrer-email", "ada." + tag + "@example.org");
        browser.type("person-first-name", "Lee");
        browser.type("person-last-name", "Referred" + tag);
        browser.type("person-phone", "0114 496 0456");
        browser.radio("person-preferred-contact", "Phone call");
        browser.radio("aged-18-or-over", "Yes");
        browser.type("gp-postcode", "S35");
        browser.radio("work-situation", "They are out of work and would like to work");
        browser.radio("health-affects-work", "Yes");
        browser.click("send-referral");
        browser.waitForText("Refer someone only once they have agreed to it");
        assertThat(browser.valueOf("person-last-name")).isEqualTo("Referred" + tag);
        browser.check("person-agreed");
        browser.screenshot("37-gp-referral");
        browser.click("send-referral");
        browser.waitForText("Referral sent");
        Referral saved = referrals.queue(admin, EnumSet.of(ReferralStatus.NEW), "Referred" + tag, 0, 10).getFirst();
        assertThat(saved.source()).isEqualTo(org.workingwin.portal.referral.ReferralSource.HEALTH_PROFESSIONAL);
        assertThat(saved.referrerName()).isEqualTo("Dr Ada Jones");
    }

    @Test
    @Order(5)
    void an_employer_asks_for_in_work_support_with_the_employees_agreement() {
        browser.open("in-work-support");
        browser.radio("who-asks", "I am their employer or manager");
        browser.type("employee-first-name", "Casey");
        browser.type("employee-last-name", "Inwork" + tag);
        browser.type("employee-email", "casey." + tag + "@example.org");
        browser.radio("employee-preferred-contact", "Email");
        browser.radio("aged-18-or-over", "Yes");
        browser.type("gp-postcode", "DN22");
        browser.radio("health-affects-work", "Yes");
        browser.type("employer-name", "Example Warehouse (fictional)");
        browser.type("employer-contact-name", "Dee Manager");
        browser.type("employer-contact-email", "dee." + tag + "@example.org");
        browser.check("employer-agrees");
        browser.check("employee-agreed");
        browser.screenshot("38-in-work-support");
        browser.click("send-in-work-request");
        browser.waitForText("Request sent");
        Referral saved = referrals.queue(admin, EnumSet.of(ReferralStatus.NEW), "Inwork" + tag, 0, 10).getFirst();
        assertThat(saved.source()).isEqualTo(org.workingwin.portal.referral.ReferralSource.IN_WORK_EMPLOYER);
        assertThat(saved.employmentStatus()).isEqualTo(org.workingwin.portal.referral.EmploymentStatus.IN_WORK);
        assertThat(saved.localAuthority()).isEqualTo("Bassetlaw");
        assertThat(saved.employerContact()).isEqualTo("Dee Manager, dee." + tag + "@example.org");
    }
}
