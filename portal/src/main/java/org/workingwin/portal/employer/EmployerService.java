package org.workingwin.portal.employer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.EmailVerificationService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.ContactChecks;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.location.PostcodeLocation;

/** Registers employer organisations with their first user, and looks organisations up. */
@Singleton
public class EmployerService {

    private final OrganisationRepository organisations;
    private final AccountService accounts;
    private final EmailVerificationService verification;
    private final PostcodeDirectory postcodes;
    private final Clock clock;

    EmployerService(OrganisationRepository organisations, AccountService accounts,
                    EmailVerificationService verification, PostcodeDirectory postcodes, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.verification = verification;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /**
     * Self-registration from the public page: creates the organisation and the employer's account
     * together, or neither, and emails a link to confirm the address (needed before "Send for checks").
     */
    @Transactional
    public SignedInUser register(EmployerRegistration form) {
        SignedInUser user = registerWithConfirmedEmail(form);
        verification.requireFor(user);
        return user;
    }

    /**
     * Creates the organisation and account with the email already counted as confirmed: for demo data
     * and test fixtures, whose addresses are known. The public page never calls this.
     */
    @Transactional
    public SignedInUser registerWithConfirmedEmail(EmployerRegistration form) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "organisationName", form.organisationName(), OrganisationLimits.NAME_MAX,
                "the organisation's name");
        if (form.sector() == null || !Sectors.ALL.contains(form.sector())) {
            errors.put("sector", "Choose the sector that fits best");
        }
        if (form.sizeBand() == null) {
            errors.put("sizeBand", "Choose how many people the organisation employs");
        }
        if (form.disabilityConfident() == null) {
            errors.put("disabilityConfident", "Choose a Disability Confident level, or \"Not signed up\"");
        }
        PostcodeLocation location = null;
        try {
            location = postcodes.resolve(form.postcode());
        } catch (InvalidPostcodeException e) {
            errors.put("postcode", e.getMessage());
        }
        FieldErrors.checkLength(errors, "contactPhone", form.contactPhone(), OrganisationLimits.PHONE_MAX,
                "the phone number");
        Map<String, String> accountErrors = accounts.checkNewAccount(form.contactEmail(), form.contactName(),
                form.password());
        accountErrors.forEach((field, message) -> errors.put(switch (field) {
            case "email" -> "contactEmail";
            case "displayName" -> "contactName";
            default -> field;
        }, message));
        FieldErrors.throwIfAny(errors);

        Organisation organisation = organisations.save(new Organisation(null, form.organisationName().strip(),
                form.sector(), form.sizeBand(), location.postcode(), location.district(),
                form.disabilityConfident(), form.contactName().strip(), form.contactEmail().strip(),
                blankToNull(form.contactPhone()), clock.instant(), null));
        return accounts.create(form.contactEmail(), form.contactName(), form.password(), Role.EMPLOYER,
                organisation.id());
    }

    /** The signed-in employer's own organisation. */
    @Transactional
    public Organisation ownOrganisation(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        if (actor.organisationId() == null) {
            throw new NotAllowedException("Your account is not linked to an organisation");
        }
        return organisations.findById(actor.organisationId())
                .orElseThrow(() -> new NotAllowedException("Your account is not linked to an organisation"));
    }

    /**
     * Changes the employer's own organisation. {@code version}: the stored version the form started from;
     * if someone else saved since, nothing is written ({@link ChangedBySomeoneElseException}).
     */
    @Transactional
    public void updateOwn(SignedInUser actor, long version, OrganisationDetails form) {
        Organisation current = ownOrganisation(actor);
        ChangedBySomeoneElseException.check("organisation", version, current.version());
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "name", form.name(), OrganisationLimits.NAME_MAX, "the organisation's name");
        if (form.sector() == null || !Sectors.ALL.contains(form.sector())) {
            errors.put("sector", "Choose the sector that fits best");
        }
        if (form.sizeBand() == null) {
            errors.put("sizeBand", "Choose how many people the organisation employs");
        }
        if (form.disabilityConfident() == null) {
            errors.put("disabilityConfident", "Choose a Disability Confident level, or \"Not signed up\"");
        }
        PostcodeLocation location = null;
        try {
            location = postcodes.resolve(form.postcode());
        } catch (InvalidPostcodeException e) {
            errors.put("postcode", e.getMessage());
        }
        FieldErrors.requireText(errors, "contactName", form.contactName(), AccountLimits.NAME_MAX, "a contact name");
        if (form.contactEmail() == null || form.contactEmail().isBlank()) {
            errors.put("contactEmail", "Enter the contact's email address");
        } else {
            ContactChecks.email(errors, "contactEmail", form.contactEmail().strip());
        }
        ContactChecks.phone(errors, "contactPhone", form.contactPhone());
        FieldErrors.throwIfAny(errors);
        Organisation changed = new Organisation(current.id(), form.name().strip(), form.sector(), form.sizeBand(),
                location.postcode(), location.district(), form.disabilityConfident(), form.contactName().strip(),
                form.contactEmail().strip(), blankToNull(form.contactPhone()), current.createdAt(), version);
        ChangedBySomeoneElseException.guard("organisation",
                () -> organisations.findById(current.id()).map(Organisation::version).orElse(null),
                () -> organisations.update(changed));
    }

    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    public long count() {
        return organisations.count();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
