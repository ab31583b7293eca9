package org.workingwin.portal.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

@MicronautTest(startApplication = false)
@Tag("database")
class EmployerServiceIT {

    @Inject
    EmployerService employers;
    @Inject
    AccountService accounts;

    private EmployerRegistration registration(String email, String postcode, String password) {
        return new EmployerRegistration("Rotherham Bakery", "Manufacturing", SizeBand.MEDIUM, postcode,
                DisabilityConfidentLevel.EMPLOYER, "Rita Baker", email, "01709 496000", password);
    }

    @Test
    void an_employer_registers_an_organisation_and_can_sign_in() {
        String email = TestData.uniqueEmail("Rita");
        SignedInUser user = employers.register(registration(email, "s60 1by", TestData.PASSWORD));

        assertThat(user.role()).isEqualTo(Role.EMPLOYER);
        assertThat(user.email()).isEqualTo(email.toLowerCase());
        Organisation organisation = employers.find(user.organisationId()).orElseThrow();
        assertThat(organisation.name()).isEqualTo("Rotherham Bakery");
        assertThat(organisation.postcode()).isEqualTo("S60 1BY");
        assertThat(organisation.postcodeDistrict()).isEqualTo("S60");
        assertThat(organisation.disabilityConfident()).isEqualTo(DisabilityConfidentLevel.EMPLOYER);

        assertThat(accounts.signIn(email.toUpperCase(), TestData.PASSWORD)).contains(user);
        assertThat(accounts.signIn(email, "wrong password")).isEmpty();
        assertThat(accounts.signIn("nobody@example.org", TestData.PASSWORD)).isEmpty();
    }

    @Test
    void registration_reports_every_bad_field_and_saves_nothing() {
        String taken = TestData.uniqueEmail("taken");
        employers.register(registration(taken, "S1 2HE", TestData.PASSWORD));
        long organisationsBefore = employers.count();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> employers.register(new EmployerRegistration(" ", "Farming", null, "XX", null, "", taken, null,
                        "short")));

        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("organisationName", "Enter the organisation's name"),
                Map.entry("sector", "Choose the sector that fits best"),
                Map.entry("sizeBand", "Choose how many people the organisation employs"),
                Map.entry("disabilityConfident", "Choose a Disability Confident level, or \"Not signed up\""),
                Map.entry("postcode", "Enter a real postcode, like S1 2HE or DN22 7AB"),
                Map.entry("contactEmail", "An account with this email address already exists. Sign in instead"),
                Map.entry("contactName", "Enter your name"),
                Map.entry("password", "Use at least 10 characters for your password"));
        assertThat(employers.count()).isEqualTo(organisationsBefore);
    }

    private static OrganisationDetails details(String name) {
        return new OrganisationDetails(name, "Retail", SizeBand.SMALL, "S1 2HE", DisabilityConfidentLevel.COMMITTED,
                "Rita Baker", "rita@example.org", "");
    }

    @Test
    void the_second_of_two_saves_of_an_organisation_from_the_same_version_is_refused_and_the_first_is_kept() {
        SignedInUser employer = employers.register(registration(TestData.uniqueEmail("Race"), "S1 2HE",
                TestData.PASSWORD));
        long first = employers.ownOrganisation(employer).version();
        long second = employers.ownOrganisation(employer).version();

        employers.updateOwn(employer, first, details("Bakery, first save"));

        var refused = catchThrowableOfType(org.workingwin.portal.base.validation.ChangedBySomeoneElseException.class,
                () -> employers.updateOwn(employer, second, details("Bakery, second save")));
        assertThat(refused).hasMessage("Someone else changed this organisation while you were editing it. Your"
                + " changes are still in the form: check them against the latest version and save again.");
        Organisation stored = employers.ownOrganisation(employer);
        assertThat(stored.name()).isEqualTo("Bakery, first save");
        assertThat(stored.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(stored.contactPhone()).isNull();
        assertThat(stored.version()).isEqualTo(first + 1);
    }

    @Test
    void organisation_details_over_their_limits_are_refused_field_by_field() {
        SignedInUser employer = employers.register(registration(TestData.uniqueEmail("Long"), "S1 2HE",
                TestData.PASSWORD));
        long version = employers.ownOrganisation(employer).version();

        var refused = catchThrowableOfType(InvalidInputException.class, () -> employers.updateOwn(employer, version,
                new OrganisationDetails("x".repeat(OrganisationLimits.NAME_MAX + 1), "Not a sector", null, "not a postcode",
                        null, "y".repeat(101), "not an email", "0".repeat(31))));

        assertThat(refused.fieldErrors()).containsOnlyKeys("name", "sector", "sizeBand", "disabilityConfident",
                "postcode", "contactName", "contactEmail", "contactPhone");
        assertThat(employers.ownOrganisation(employer).version()).isEqualTo(version);
    }
}
