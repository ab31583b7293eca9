package org.workingwin.portal.account;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * Invitations by email (valid 7 days). Administrators invite specialists and other administrators;
 * specialists invite their participants (through ParticipantService, which checks the caseload). The person
 * accepts by choosing a password; the account gets the invitation's role, and a participant's account is
 * linked to their record.
 */
@Singleton
public class InvitationService {

    /** The roles an administrator may invite: the Working Win team. Employers register themselves. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.SPECIALIST, Role.ADMIN);

    private final OneTimeLinkRepository linkRows;
    private final OneTimeLinks links;
    private final AccountService accounts;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher<InvitationAccepted> accepted;
    private final Clock clock;

    InvitationService(OneTimeLinkRepository linkRows, OneTimeLinks links, AccountService accounts,
                      UserAccountRepository users, ApplicationEventPublisher<InvitationAccepted> accepted, Clock clock) {
        this.linkRows = linkRows;
        this.links = links;
        this.accounts = accounts;
        this.users = users;
        this.accepted = accepted;
        this.clock = clock;
    }

    /** An administrator invites a specialist or administrator; an earlier invitation to the address stops working. */
    @Transactional
    public void inviteStaff(SignedInUser admin, String email, String name, Role role) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        Map<String, String> errors = checkPerson(email, name);
        if (role == null || !STAFF_ROLES.contains(role)) {
            errors.put("role", "Choose specialist or administrator");
        }
        FieldErrors.throwIfAny(errors);
        String address = AccountService.normalise(email);
        linkRows.findByPurposeAndEmailAndUsedAtIsNullAndRevokedAtIsNull(LinkPurpose.INVITATION, address)
                .forEach(links::revoke);
        send(admin, address, name.strip(), role, null);
    }

    /**
     * Invites a participant to the portal; the caller (ParticipantService) has checked that the actor is
     * their specialist or an administrator and that the record allows it. Earlier invitations stop working.
     */
    @Transactional
    public void inviteParticipant(SignedInUser actor, long participantId, String email, String name) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Map<String, String> errors = checkPerson(email, name);
        FieldErrors.throwIfAny(errors);
        linkRows.findByParticipantIdAndUsedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(participantId)
                .forEach(links::revoke);
        send(actor, AccountService.normalise(email), name.strip(), Role.PARTICIPANT, participantId);
    }

    /** The staff invitations not yet accepted or withdrawn, newest first; expired ones are marked. */
    @Transactional
    public List<Invitation> pendingStaff(SignedInUser admin) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        return linkRows.findByPurposeAndUsedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(LinkPurpose.INVITATION)
                .stream().filter(l -> STAFF_ROLES.contains(l.role())).map(this::view).toList();
    }

    /** The participant's open invitation, if any; the caller has checked that the actor may see them. */
    @Transactional
    public Optional<Invitation> pendingForParticipant(long participantId) {
        return linkRows.findByParticipantIdAndUsedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(participantId)
                .stream().findFirst().map(this::view);
    }

    /** Sends a staff invitation again with a new link; the old link stops working. */
    @Transactional
    public void sendAgain(SignedInUser admin, long invitationId) {
        OneTimeLink old = openStaffInvitation(admin, invitationId);
        links.revoke(old);
        send(admin, old.email(), old.displayName(), old.role(), null);
    }

    @Transactional
    public void withdraw(SignedInUser admin, long invitationId) {
        links.revoke(openStaffInvitation(admin, invitationId));
    }

    /** What an invitation is for, for its page; fails with why the link cannot be used. */
    @Transactional
    public Invitation details(String token) {
        return view(links.usable(token, LinkPurpose.INVITATION));
    }

    /**
     * Makes the account the invitation is for, with the name and password the person chose; their
     * email is confirmed by the link itself. Returns the new account, to sign in.
     */
    @Transactional
    public SignedInUser accept(String token, String name, String password) {
        OneTimeLink link = links.usable(token, LinkPurpose.INVITATION);
        Map<String, String> errors = new LinkedHashMap<>(accounts.checkNewAccount(link.email(), name, password));
        if (errors.containsKey("email")) {
            throw new InvalidInputException(Map.of("email", "An account with " + link.email()
                    + " already exists. Sign in instead, or choose \"Forgot your password?\" on the sign-in page"));
        }
        FieldErrors.throwIfAny(errors);
        links.spend(link);
        SignedInUser account = accounts.create(link.email(), name, password, link.role(), null);
        if (link.participantId() != null) {
            accepted.publishEvent(new InvitationAccepted(account.id(), link.participantId()));
        }
        return account;
    }

    private OneTimeLink openStaffInvitation(SignedInUser admin, long invitationId) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        return linkRows.findById(invitationId)
                .filter(l -> l.purpose() == LinkPurpose.INVITATION && STAFF_ROLES.contains(l.role()) && l.open())
                .orElseThrow(() -> new NotAllowedException("This invitation was accepted or withdrawn already"));
    }

    private Map<String, String> checkPerson(String email, String name) {
        // The password is the invitee's to choose: only the address and name are checked here.
        Map<String, String> errors = new LinkedHashMap<>(accounts.checkNewAccount(email, name,
                "x".repeat(AccountLimits.PASSWORD_MIN)));
        if (errors.containsKey("email") && email != null && users.existsByEmail(AccountService.normalise(email))) {
            errors.put("email", "Someone already has an account with this email address");
        }
        errors.computeIfPresent("displayName", (k, v) -> v.replace("your name", "their name"));
        if (errors.containsKey("displayName")) {
            errors.put("name", errors.remove("displayName"));
        }
        return errors;
    }

    private void send(SignedInUser from, String email, String name, Role role, Long participantId) {
        OneTimeLinks.Issued issued = links.issue(LinkPurpose.INVITATION, email, name, role, null, participantId,
                from.id());
        String what = switch (role) {
            case PARTICIPANT -> "see the jobs your employment specialist shares with you, search vacancies and "
                    + "save your searches";
            case SPECIALIST -> "work as an employment specialist: your participants, suggested jobs and vacancy checks";
            case ADMIN -> "administer Working Win: accounts, caseloads, referrals and reports";
            case EMPLOYER -> "post vacancies";
        };
        links.mail(email, "You are invited to Working Win", """
                Dear %s,

                %s has invited you to Working Win, so that you can %s.

                To accept, open this link within 7 days and choose a password:

                %s

                The link works once. If you were not expecting this, you can ignore this email.

                Working Win
                """.formatted(name, from.displayName(), what, links.url("invitation", issued.token())));
    }

    private Invitation view(OneTimeLink l) {
        String by = l.createdBy() == null ? "The Working Win team"
                : users.findById(l.createdBy()).map(UserAccount::displayName).orElse("The Working Win team");
        return new Invitation(l.id(), l.email(), l.displayName(), l.role(), by, l.createdAt(), l.expiresAt(),
                l.expired(clock.instant()));
    }
}
