package org.workingwin.portal.employer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.location.PostcodeLocation;

/** Registers employer organisations with their first user, and looks organisations up. */
@Singleton
public class EmployerService {

    private final OrganisationRepository organisations;
    private final AccountService accounts;
    private final PostcodeDirectory postcodes;
    private final Clock clock;

    EmployerService(OrganisationRepository organisations, AccountService accounts, PostcodeDirectory postcodes,
                    Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /** Creates the organisation and the employer's account together, or neither. */
    @Transactional
    public SignedInUser register(EmployerRegistration form) {
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
