package org.workingwin.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.LinkUnusableException.Problem;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.VacancyStatus;

/**
 * One-time links through a real (in-process) SMTP server: each test reads the email, takes the link out
 * of it and uses it, as a person would. The clock is the test's, so expiry is exact.
 */
@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class AccountLinksIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);
    private static final Pattern LINK = Pattern.compile(
            "http://localhost:8080/(invitation|verify-email|reset-password)/([A-Za-z0-9_-]{43})");

    @Inject
    InvitationService invitations;
    @Inject
    EmailVerificationService verification;
    @Inject
    PasswordService passwords;
    @Inject
    SignInThrottle throttle;
    @Inject
    SessionService sessions;
    @Inject
    AccountService accounts;
    @Inject
    EmployerService employers;
    @Inject
    VacancyService vacancies;
    @Inject
    ParticipantService participants;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    /** A clock the test moves; whole seconds, as MariaDB keeps them. */
    static final class SettableClock extends Clock {
        private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @MockBean(Clock.class)
    Clock settableClock() {
        return new SettableClock();
    }

    private Instant start;

    @BeforeEach
    void startTheClock() {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ((SettableClock) clock).set(start);
    }

    private void later(Duration by) {
        ((SettableClock) clock).set(start.plus(by));
    }

    /** The one email that arrived, as subject and plain text, and the token of the link in it. */
    private record Mail(String to, String subject, String text, String route, String token) {
    }

    private Mail onlyMail() throws Exception {
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return mail(received[0]);
    }

    private static Mail mail(MimeMessage message) throws Exception {
        String text = GreenMailUtil.getBody(message).replace("\r\n", "\n").replace("=\n", "");
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a link in: " + text).isTrue();
        return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(), text, m.group(1), m.group(2));
    }

    private static Problem problemOf(Runnable use) {
        try {
            use.run();
        } catch (LinkUnusableException e) {
            return e.problem();
        }
        throw new AssertionError("the link was accepted");
    }

    @Test
    void an_administrator_invites_a_specialist_who_accepts_through_the_emailed_link_once() throws Exception {
        SignedInUser admin = data.user(Role.ADMIN);
        String email = TestData.uniqueEmail("sally");

        invitations.inviteStaff(admin, email.toUpperCase(), " Sally Specialist ", Role.SPECIALIST);

        Mail mail = onlyMail();
        assertThat(mail.to()).isEqualTo(email);
        assertThat(mail.subject()).isEqualTo("You are invited to Working Win");
        assertThat(mail.route()).isEqualTo("invitation");
        assertThat(mail.text()).contains("Dear Sally Specialist,", "Test ADMIN has invited you to Working Win, so that "
                + "you can work as an employment specialist", "open this link within 7 days");
        Invitation invitation = invitations.details(mail.token());
        assertThat(invitation.email()).isEqualTo(email);
        assertThat(invitation.name()).isEqualTo("Sally Specialist");
        assertThat(invitation.role()).isEqualTo(Role.SPECIALIST);
        assertThat(invitation.invitedBy()).isEqualTo("Test ADMIN");
        assertThat(invitation.expiresAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(invitations.pendingStaff(admin)).extracting(Invitation::email).contains(email);

        SignedInUser sally = invitations.accept(mail.token(), "Sally Specialist", TestData.PASSWORD);

        assertThat(sally.role()).isEqualTo(Role.SPECIALIST);
        assertThat(sally.email()).isEqualTo(email);
        assertThat(accounts.signIn(email, TestData.PASSWORD)).contains(sally);
        assertThat(invitations.pendingStaff(admin)).extracting(Invitation::email).doesNotContain(email);
        assertThat(problemOf(() -> invitations.accept(mail.token(), "Mallory", "another password"))).isEqualTo(Problem.USED);
        assertThat(problemOf(() -> invitations.details(mail.token()))).isEqualTo(Problem.USED);
    }

    @Test
    void an_invitation_works_for_7_days_and_not_a_second_longer() throws Exception {
        invitations.inviteStaff(data.user(Role.ADMIN), TestData.uniqueEmail("late"), "Lee Late", Role.ADMIN);
        String token = onlyMail().token();

        later(Duration.ofDays(7).minusSeconds(1));
        assertThat(invitations.details(token).role()).isEqualTo(Role.ADMIN);
        later(Duration.ofDays(7));
        assertThat(problemOf(() -> invitations.details(token))).isEqualTo(Problem.EXPIRED);
        assertThat(problemOf(() -> invitations.accept(token, "Lee Late", TestData.PASSWORD))).isEqualTo(Problem.EXPIRED);
    }

    @Test
    void sending_again_kills_the_old_link_and_withdrawing_kills_the_new_one() throws Exception {
        SignedInUser admin = data.user(Role.ADMIN);
        String email = TestData.uniqueEmail("twice");
        invitations.inviteStaff(admin, email, "Tom Twice", Role.SPECIALIST);
        String first = onlyMail().token();
        long id = invitations.pendingStaff(admin).stream().filter(i -> i.email().equals(email)).findFirst()
                .orElseThrow().id();
        SMTP.purgeEmailFromAllMailboxes();

        invitations.sendAgain(admin, id);

        String second = onlyMail().token();
        assertThat(second).isNotEqualTo(first);
        assertThat(problemOf(() -> invitations.details(first))).isEqualTo(Problem.REVOKED);
        assertThat(invitations.details(second).name()).isEqualTo("Tom Twice");
        long newId = invitations.pendingStaff(admin).stream().filter(i -> i.email().equals(email)).findFirst()
                .orElseThrow().id();

        invitations.withdraw(admin, newId);

        assertThat(problemOf(() -> invitations.details(second))).isEqualTo(Problem.REVOKED);
        assertThat(invitations.pendingStaff(admin)).extracting(Invitation::email).doesNotContain(email);
        assertThatThrownBy(() -> invitations.withdraw(admin, newId)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void only_administrators_invite_staff_and_only_as_specialist_or_administrator() {
        assertThatThrownBy(() -> invitations.inviteStaff(data.user(Role.SPECIALIST), TestData.uniqueEmail("x"), "X",
                Role.SPECIALIST)).isInstanceOf(NotAllowedException.class);
        SignedInUser admin = data.user(Role.ADMIN);
        assertThatThrownBy(() -> invitations.inviteStaff(admin, "not an address", "", Role.EMPLOYER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(
                        "email", "Enter an email address like name@example.org",
                        "name", "Enter their name",
                        "role", "Choose specialist or administrator")));
        assertThatThrownBy(() -> invitations.inviteStaff(admin, admin.email(), "Twin", Role.ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("email", "Someone already has an account with this email address")));
    }

    @Test
    void a_specialist_invites_their_participant_and_accepting_links_the_account_to_the_record() throws Exception {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        String email = TestData.uniqueEmail("jamie");
        long id = participants.create(specialist, TestData.profile("WW-" + email.substring(6, 14), "Jamie", "Rivers",
                "cleaner", "S1 4AB", Map.of()).withRecord(email, null, "EMAIL", true, false, "LOOKING", null,
                Map.of(), List.of()));
        assertThatThrownBy(() -> participants.inviteToPortal(data.user(Role.SPECIALIST), id))
                .isInstanceOf(NotAllowedException.class);

        participants.inviteToPortal(specialist, id);

        Mail mail = onlyMail();
        assertThat(mail.to()).isEqualTo(email);
        assertThat(mail.text()).contains("Dear Jamie Rivers,", "Test SPECIALIST has invited you to Working Win, so "
                + "that you can see the jobs your employment specialist shares with you");
        assertThat(participants.portalInvitation(specialist, id)).get().extracting(Invitation::role)
                .isEqualTo(Role.PARTICIPANT);

        SignedInUser jamie = invitations.accept(mail.token(), "Jamie R", TestData.PASSWORD);

        assertThat(jamie.role()).isEqualTo(Role.PARTICIPANT);
        assertThat(jamie.displayName()).isEqualTo("Jamie R");
        assertThat(participants.accountOf(id)).contains(jamie.id());
        assertThat(participants.own(jamie).id()).isEqualTo(id);
        assertThat(participants.portalInvitation(specialist, id)).isEmpty();
        assertThatThrownBy(() -> participants.inviteToPortal(specialist, id))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("account", "Jamie already has portal access")));
    }

    @Test
    void a_participant_without_an_email_address_or_consent_is_not_invited() {
        SignedInUser specialist = data.user(Role.SPECIALIST);
        String suffix = TestData.uniqueEmail("n").substring(2, 10);
        long noEmail = participants.create(specialist, TestData.profile("WW-E" + suffix, "Nia", "Nomail", "cook",
                "S1 4AB", Map.of()).withRecord(null, "0114 496 0000", "PHONE", true, false, "LOOKING", null,
                Map.of(), List.of()));
        long noConsent = participants.create(specialist, TestData.profile("WW-C" + suffix, "Cai", "Noconsent", "cook",
                "S1 4AB", Map.of()).withRecord(TestData.uniqueEmail("cai"), null, "EMAIL", false, false, "LOOKING",
                null, Map.of(), List.of()));

        assertThatThrownBy(() -> participants.inviteToPortal(specialist, noEmail))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("email", "Add Nia's email address to their record first")));
        assertThatThrownBy(() -> participants.inviteToPortal(specialist, noConsent))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("consent", "Cai has not agreed to processing of their information. "
                                + "Record their consent first")));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_registered_employer_confirms_their_email_before_a_vacancy_goes_for_checks() throws Exception {
        String email = TestData.uniqueEmail("erin");
        SignedInUser erin = employers.register(new EmployerRegistration("Confirm Ltd", "Retail", SizeBand.SMALL,
                "S1 2HE", DisabilityConfidentLevel.COMMITTED, "Erin Employer", email, null, TestData.PASSWORD));
        Mail mail = onlyMail();
        assertThat(mail.subject()).isEqualTo("Confirm your email address for Working Win");
        assertThat(mail.route()).isEqualTo("verify-email");
        assertThat(verification.isVerified(erin.id())).isFalse();

        long draft = vacancies.save(erin, null, TestData.validDraft("Cashier", LocalDate.now(clock)));
        long version = vacancies.details(erin, draft).vacancy().version();
        assertThatThrownBy(() -> vacancies.submit(erin, draft, version, TestData.validDraft("Cashier", LocalDate.now(clock))))
                .isInstanceOf(NotAllowedException.class).hasMessage(VacancyService.EMAIL_NOT_CONFIRMED);
        assertThat(vacancies.details(erin, draft).vacancy().status()).isEqualTo(VacancyStatus.DRAFT);

        later(Duration.ofDays(3).minusSeconds(1));
        assertThat(verification.verify(mail.token())).isEqualTo(email);

        assertThat(verification.isVerified(erin.id())).isTrue();
        vacancies.submit(erin, draft, version, TestData.validDraft("Cashier", LocalDate.now(clock)));
        assertThat(vacancies.details(erin, draft).vacancy().status()).isEqualTo(VacancyStatus.SUBMITTED);
        assertThat(problemOf(() -> verification.verify(mail.token()))).isEqualTo(Problem.USED);
    }

    @Test
    void a_confirmation_link_expires_after_3_days_and_sending_again_replaces_it() throws Exception {
        SignedInUser erin = employers.register(new EmployerRegistration("Slow Ltd", "Retail", SizeBand.SMALL,
                "S1 2HE", DisabilityConfidentLevel.COMMITTED, "Erin Slow", TestData.uniqueEmail("slow"), null,
                TestData.PASSWORD));
        String first = onlyMail().token();
        later(Duration.ofDays(3));
        assertThat(problemOf(() -> verification.verify(first))).isEqualTo(Problem.EXPIRED);
        SMTP.purgeEmailFromAllMailboxes();

        verification.sendAgain(erin);

        String second = onlyMail().token();
        assertThat(verification.verify(second)).isEqualTo(erin.email());
        assertThat(verification.isVerified(erin.id())).isTrue();
    }

    @Test
    void a_password_reset_link_works_once_for_1_hour_and_ends_every_session_and_every_other_link() throws Exception {
        SignedInUser user = data.user(Role.SPECIALIST);
        OptionalInt before = sessions.current(user.id());
        passwords.requestReset(" " + user.email().toUpperCase() + " ");
        String first = onlyMail().token();
        SMTP.purgeEmailFromAllMailboxes();
        passwords.requestReset(user.email());
        Mail mail = onlyMail();
        assertThat(mail.subject()).isEqualTo("Reset your Working Win password");
        assertThat(mail.route()).isEqualTo("reset-password");
        assertThat(mail.text()).contains("open this link within 1 hour");
        assertThat(passwords.resetEmail(mail.token())).isEqualTo(user.email());

        assertThatThrownBy(() -> passwords.reset(mail.token(), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("password", "Use at least 10 characters for your password")));
        later(Duration.ofHours(1).minusSeconds(1));
        passwords.reset(mail.token(), "a brand new password");

        assertThat(accounts.signIn(user.email(), "a brand new password")).contains(user);
        assertThat(accounts.signIn(user.email(), TestData.PASSWORD)).isEmpty();
        assertThat(sessions.current(user.id())).hasValue(before.getAsInt() + 1);
        assertThat(problemOf(() -> passwords.reset(mail.token(), "yet another password"))).isEqualTo(Problem.USED);
        assertThat(problemOf(() -> passwords.resetEmail(first))).isEqualTo(Problem.REVOKED);
    }

    @Test
    void a_password_reset_ends_a_lock_on_the_account() throws Exception {
        SignedInUser user = data.user(Role.EMPLOYER);
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT.limit(); i++) {
            throttle.failed(user.email(), "192.0.2.40");
        }
        assertThat(throttle.lockedUntil(user.email(), "192.0.2.41")).isPresent();

        passwords.requestReset(user.email());
        passwords.reset(onlyMail().token(), "a brand new password");

        assertThat(throttle.lockedUntil(user.email(), "192.0.2.41")).isEmpty();
    }

    @Test
    void a_reset_link_expires_after_1_hour() throws Exception {
        SignedInUser user = data.user(Role.EMPLOYER);
        passwords.requestReset(user.email());
        String token = onlyMail().token();
        later(Duration.ofHours(1));
        assertThat(problemOf(() -> passwords.reset(token, "a brand new password"))).isEqualTo(Problem.EXPIRED);
        assertThat(accounts.signIn(user.email(), TestData.PASSWORD)).contains(user);
    }

    @Test
    void asking_to_reset_an_unknown_address_sends_nothing_and_answers_the_same() throws Exception {
        passwords.requestReset(TestData.uniqueEmail("nobody"));
        passwords.requestReset("not an address at all");
        passwords.requestReset("");

        assertThat(SMTP.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(problemOf(() -> passwords.resetEmail("x".repeat(43)))).isEqualTo(Problem.UNKNOWN);
        assertThat(problemOf(() -> passwords.resetEmail("../../etc"))).isEqualTo(Problem.UNKNOWN);
    }

    @Test
    void a_password_change_needs_the_current_password_and_ends_the_other_sessions() {
        SignedInUser user = data.user(Role.PARTICIPANT);
        int before = sessions.current(user.id()).getAsInt();
        assertThatThrownBy(() -> passwords.change(user, "wrong password", "a brand new password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("currentPassword", "That is not your current password")));

        int after = passwords.change(user, TestData.PASSWORD, "a brand new password");

        assertThat(after).isEqualTo(before + 1);
        assertThat(accounts.signIn(user.email(), "a brand new password")).contains(user);
        sessions.signOutEverywhere(user);
        assertThat(sessions.current(user.id())).hasValue(before + 2);
    }
}
