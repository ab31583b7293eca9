package org.workingwin.portal.employer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.OrganisationDetails;
import org.workingwin.portal.employer.SizeBand;

class OrganisationViewTest extends ViewTest {

    @Test
    void an_employer_changes_their_organisations_details() {
        SignedInUser employer = bean(TestData.class).employer("Own Details Ltd");
        signInAs(employer);
        OrganisationView view = navigate(OrganisationView.class);
        assertThat(view.fields.name.getValue()).isEqualTo("Own Details Ltd");

        test(view.fields.name).setValue("Own Details and Sons Ltd");
        test(view.fields.sizeBand).selectItem(SizeBand.LARGE.label());
        test(view.save).click();

        var stored = bean(EmployerService.class).ownOrganisation(employer);
        assertThat(stored.name()).isEqualTo("Own Details and Sons Ltd");
        assertThat(stored.sizeBand()).isEqualTo(SizeBand.LARGE);
        assertThat(view.conflict.isVisible()).isFalse();
    }

    @Test
    void a_save_after_someone_else_saved_keeps_the_typed_values_and_says_what_happened() {
        SignedInUser employer = bean(TestData.class).employer("Two Editors Ltd");
        signInAs(employer);
        OrganisationView view = navigate(OrganisationView.class);
        EmployerService employers = bean(EmployerService.class);
        employers.updateOwn(employer, employers.ownOrganisation(employer).version(), new OrganisationDetails(
                "Their name Ltd", "Retail", SizeBand.SMALL, "S1 2HE", DisabilityConfidentLevel.LEADER, "Them",
                "them@example.org", ""));
        test(view.fields.name).setValue("My name Ltd");
        test(view.fields.contactPhone).setValue("0114 496 0999");

        test(view.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.text()).isEqualTo("Someone else changed this organisation while you were editing"
                + " it. Your changes are still in the form: check them against the latest version and save again.");
        assertThat(view.fields.name.getValue()).isEqualTo("My name Ltd");
        assertThat(view.fields.contactPhone.getValue()).isEqualTo("0114 496 0999");
        assertThat(employers.ownOrganisation(employer).name()).isEqualTo("Their name Ltd");

        test(view.conflict.useTheirsButton()).click();
        assertThat(view.fields.name.getValue()).isEqualTo("Their name Ltd");
    }
}
