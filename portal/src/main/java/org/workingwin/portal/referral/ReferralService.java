package org.workingwin.portal.referral;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.ContactChecks;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.randomisation.Allocation;
import org.workingwin.portal.randomisation.Arm;
import org.workingwin.portal.randomisation.RandomisationService;

/**
 * The trial's front door. Anyone may ask to take part, or be referred by a health professional, or ask
 * for in-work support; each request lands in the administrators' queue. At the first appointment an
 * administrator records confirmed eligibility and informed consent, then reveals the allocation (never
 * chosen by staff); the new service's participants join a specialist's caseload, control participants
 * get the information pack of local services.
 */
@Singleton
public class ReferralService {

    public static final int NAME_MAX = 60;
    public static final int TEXT_MAX = 120;
    public static final int MESSAGE_MAX = 1000;
    public static final int BEST_TIME_MAX = 200;
    /** Why a referral was closed (referral.closed_reason). */
    public static final int REASON_MAX = 500;

    private final ReferralStore referrals;
    private final EligibilityCheck eligibility;
    private final RandomisationService randomisation;
    private final ParticipantService participants;
    private final Clock clock;

    ReferralService(ReferralStore referrals, EligibilityCheck eligibility, RandomisationService randomisation,
                    ParticipantService participants, Clock clock) {
        this.referrals = referrals;
        this.eligibility = eligibility;
        this.randomisation = randomisation;
        this.participants = participants;
        this.clock = clock;
    }

    /** A person asks for a first appointment. Ineligible answers are refused and nothing is kept. */
    @Transactional
    public long selfReferral(EligibilityAnswers answers, ContactDetails person) {
        Eligibility checked = checkedEligibility(answers, person, new LinkedHashMap<>());
        return save(ReferralSource.SELF, checked, person, null, null, false);
    }

    /** A GP or health professional refers someone who agreed to it. */
    @Transactional
    public long healthReferral(EligibilityAnswers answers, ContactDetails person, Referrer referrer,
                               boolean personAgreed) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkReferrer(errors, referrer, "referrer");
        if (!personAgreed) {
            errors.put("personAgreed", "Refer someone only once they have agreed to it");
        }
        Eligibility checked = checkedEligibility(answers, person, errors);
        return save(ReferralSource.HEALTH_PROFESSIONAL, checked, person, referrer, null, false);
    }

    /** An employee, or their employer, asks for help for someone in work who is struggling. */
    @Transactional
    public long inWorkRequest(InWorkRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "employerName", request.employerName(), TEXT_MAX, "the employer's name");
        if (request.fromEmployer()) {
            checkReferrer(errors, request.employerContact(), "contact");
            if (!request.employeeAgreed()) {
                errors.put("employeeAgreed", "Ask the employee first: we contact them only if they agree");
            }
            if (!request.employerAgreesToContact()) {
                errors.put("employerAgreesToContact", "Tick this so that we can contact you about the request");
            }
        } else if (request.employerAgreesToContact()) {
            ContactChecks.email(errors, "contactEmail", request.employerContact().email());
            ContactChecks.phone(errors, "contactPhone", request.employerContact().phone());
        }
        EligibilityAnswers inWork = new EligibilityAnswers(request.answers().aged18OrOver(), request.answers().postcode(),
                WorkSituation.IN_WORK_STRUGGLING, request.answers().healthAffectsWork());
        Eligibility checked = checkedEligibility(inWork, request.employee(), errors);
        return save(request.fromEmployer() ? ReferralSource.IN_WORK_EMPLOYER : ReferralSource.IN_WORK_EMPLOYEE,
                checked, request.employee(), request.employerContact(), request.employerName(),
                request.employerAgreesToContact());
    }

    /** The queue, oldest first: referrals in these statuses. */
    @Transactional
    public List<Referral> queue(SignedInUser actor, Collection<ReferralStatus> statuses, int offset, int limit) {
        return queue(actor, statuses, null, offset, limit);
    }

    /** The queue, oldest first: referrals in these statuses whose name contains {@code name} (any case). */
    @Transactional
    public List<Referral> queue(SignedInUser actor, Collection<ReferralStatus> statuses, String name, int offset,
                                int limit) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        if (statuses.isEmpty()) {
            return List.of();
        }
        return referrals.findQueue(names(statuses), pattern(name), Math.max(1, Math.min(limit, 1000)),
                Math.max(0, offset));
    }

    @Transactional
    public long count(SignedInUser actor, Collection<ReferralStatus> statuses) {
        return count(actor, statuses, null);
    }

    @Transactional
    public long count(SignedInUser actor, Collection<ReferralStatus> statuses, String name) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return statuses.isEmpty() ? 0 : referrals.countQueue(names(statuses), pattern(name));
    }

    private static List<String> names(Collection<ReferralStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    /** Typed text as a LIKE pattern; the wildcard characters are dropped, as names do not need them. */
    private static String pattern(String name) {
        String typed = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("%", "").replace("_", "").replace("\\", "");
        return "%" + (typed.length() > NAME_MAX * 2 ? typed.substring(0, NAME_MAX * 2) : typed) + "%";
    }

    @Transactional
    public Referral details(SignedInUser actor, long id) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return referrals.findById(id).orElseThrow(() -> new NotAllowedException("No such referral"));
    }

    /** At the first appointment: eligibility confirmed, and informed consent on a version of the sheet. */
    @Transactional
    public void recordConsent(SignedInUser actor, long id, boolean eligibilityConfirmed, String sheetVersion,
                              LocalDate consentDate) {
        Referral referral = details(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (referral.status() != ReferralStatus.NEW) {
            errors.put("status", "Consent has already been recorded for " + referral.name());
        }
        if (!eligibilityConfirmed) {
            errors.put("eligibilityConfirmed", "Confirm eligibility at the appointment, or close the referral");
        }
        if (sheetVersion == null || !InformationSheet.VERSIONS.contains(sheetVersion)) {
            errors.put("sheetVersion", "Choose the information sheet they read");
        }
        if (consentDate == null) {
            errors.put("consentDate", "Enter the date they gave consent");
        } else if (consentDate.isAfter(LocalDate.now(clock))) {
            errors.put("consentDate", "The date of consent cannot be in the future");
        }
        FieldErrors.throwIfAny(errors);
        referrals.update(referral.consented(sheetVersion, consentDate, actor.id(), clock.instant()));
    }

    /** Reveals the allocation once consent is recorded; a second reveal shows the same arm (both audited). */
    @Transactional
    public Allocation reveal(SignedInUser actor, long id) {
        Referral referral = details(actor, id);
        if (referral.status() == ReferralStatus.NEW || referral.status() == ReferralStatus.CLOSED) {
            throw new InvalidInputException(Map.of("status",
                    "Record eligibility and consent before revealing the allocation"));
        }
        Allocation allocation = randomisation.reveal(actor, id, referral.stratum());
        if (referral.status() == ReferralStatus.CONSENTED) {
            referrals.update(referral.withStatus(allocation.arm() == Arm.NEW_SERVICE ? ReferralStatus.NEW_SERVICE
                    : ReferralStatus.CONTROL, referral.statusNote(), clock.instant()));
        }
        return allocation;
    }

    /** Every request to reveal this referral's allocation, oldest first. */
    public List<org.workingwin.portal.randomisation.AllocationAudit> revealAudit(SignedInUser actor, long id) {
        details(actor, id);
        return randomisation.auditOf(actor, id);
    }

    public Optional<Allocation> allocation(SignedInUser actor, long id) {
        details(actor, id);
        return randomisation.allocationOf(id);
    }

    /** A new-service participant joins a specialist's caseload; their record starts from the referral. */
    @Transactional
    public long enrol(SignedInUser actor, long id, Long specialistId) {
        Referral referral = details(actor, id);
        if (referral.status() != ReferralStatus.NEW_SERVICE) {
            throw new InvalidInputException(Map.of("status", "Only someone allocated to the new service who has "
                    + "no specialist yet can join a caseload"));
        }
        if (specialistId == null) {
            throw new InvalidInputException(Map.of("specialist", "Choose a specialist"));
        }
        long participant = participants.create(actor, recordOf(referral));
        participants.assign(actor, participant, specialistId);
        referrals.update(referral.enrolled(participant, clock.instant()));
        return participant;
    }

    /** Closes a referral that will not go on (not eligible at the appointment, withdrew, no reply). */
    @Transactional
    public void close(SignedInUser actor, long id, String reason) {
        Referral referral = details(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "reason", reason, REASON_MAX, "why the referral is closed");
        if (referral.status() != ReferralStatus.NEW && referral.status() != ReferralStatus.CONSENTED) {
            errors.put("status", "An allocated referral stays in the trial and cannot be closed");
        }
        FieldErrors.throwIfAny(errors);
        referrals.update(referral.withStatus(ReferralStatus.CLOSED, reason.strip(), clock.instant()));
    }

    private Eligibility checkedEligibility(EligibilityAnswers answers, ContactDetails person,
                                           Map<String, String> errors) {
        Eligibility checked = eligibility.check(answers);
        errors.putAll(checked.unanswered());
        if (!checked.reasons().isEmpty()) {
            errors.put("eligibility", String.join(" ", checked.reasons()));
        }
        checkPerson(errors, person);
        FieldErrors.throwIfAny(errors);
        return checked;
    }

    private static void checkPerson(Map<String, String> errors, ContactDetails p) {
        FieldErrors.requireText(errors, "firstName", p.firstName(), NAME_MAX, "the first name");
        FieldErrors.requireText(errors, "lastName", p.lastName(), NAME_MAX, "the last name");
        ContactChecks.email(errors, "email", p.email());
        ContactChecks.phone(errors, "phone", p.phone());
        FieldErrors.checkLength(errors, "bestTime", p.bestTime(), BEST_TIME_MAX, "the best time");
        FieldErrors.checkLength(errors, "message", p.message(), MESSAGE_MAX, "the message");
        if (p.preferredContact() == null) {
            errors.put("preferredContact", "Choose how you would like us to contact you");
        } else if (p.preferredContact().usesPhone() && blank(p.phone()) && !errors.containsKey("phone")) {
            errors.put("phone", "Enter a phone number, as a " + p.preferredContact().label().toLowerCase()
                    + " is preferred");
        } else if (!p.preferredContact().usesPhone() && blank(p.email()) && !errors.containsKey("email")) {
            errors.put("email", "Enter an email address, as email is preferred");
        }
    }

    private static void checkReferrer(Map<String, String> errors, Referrer r, String prefix) {
        FieldErrors.requireText(errors, prefix + "Name", r.name(), TEXT_MAX, "your name");
        FieldErrors.checkLength(errors, prefix + "Role", r.role(), TEXT_MAX, "your role");
        FieldErrors.checkLength(errors, prefix + "Organisation", r.organisation(), TEXT_MAX, "the organisation");
        ContactChecks.email(errors, prefix + "Email", r.email());
        ContactChecks.phone(errors, prefix + "Phone", r.phone());
        if (blank(r.email()) && blank(r.phone()) && !errors.containsKey(prefix + "Email")) {
            errors.put(prefix + "Email", "Enter an email address or a phone number so that we can reply");
        }
    }

    private long save(ReferralSource source, Eligibility checked, ContactDetails p, Referrer referrer,
                      String employerName, boolean employerAgrees) {
        Instant now = clock.instant();
        // A health professional or an asking employer is the referrer; for in-work requests the employer's
        // contact is kept on one line, whoever asked.
        Referrer by = referrer == null || source == ReferralSource.IN_WORK_EMPLOYEE ? null : referrer;
        String employerContact = !source.inWork() || referrer == null ? null : contactLine(referrer);
        return referrals.save(new Referral(null, source, p.firstName().strip(), p.lastName().strip(),
                trim(p.email()), trim(p.phone()), p.preferredContact(), trim(p.bestTime()),
                checked.area().district(), checked.area().localAuthorityCode(), checked.area().localAuthority(),
                checked.employmentStatus(), trim(p.message()), by == null ? null : trim(by.name()),
                by == null ? null : trim(by.role()), by == null ? null : trim(by.organisation()),
                by == null ? null : trim(by.email()), by == null ? null : trim(by.phone()), trim(employerName),
                employerContact, employerAgrees, ReferralStatus.NEW, null, null, null, null, null, null, now, now,
                null));
    }

    private static String contactLine(Referrer r) {
        String line = String.join(", ", java.util.stream.Stream.of(r.name(), r.role(), r.email(), r.phone())
                .filter(s -> !blank(s)).map(String::strip).toList());
        return line.isEmpty() ? null : line.length() > 254 ? line.substring(0, 254) : line;
    }

    /** The participant record a referral starts: contact, area, work status and consent; preferences come later. */
    private static ParticipantInput recordOf(Referral r) {
        return new ParticipantInput(String.format("WW-%06d", r.id()), r.firstName(), r.lastName(), null, List.of(),
                null, List.of(), null, null, List.of(), null, null, List.of(), r.postcodeDistrict(), 10.0,
                List.of("ON_SITE", "HYBRID", "REMOTE"), Map.of(), List.of(), r.email(), r.phone(),
                r.preferredContact().name(), true, false,
                r.employmentStatus() == EmploymentStatus.IN_WORK ? "IN_WORK" : "LOOKING", r.consentDate(),
                Map.of(), List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
