package org.workingwin.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.contact.ContactKind;

class EmployerContactsViewTest extends ViewTest {

    @Test
    void a_recorded_contact_appears_in_the_log_and_the_weekly_rate() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        EmployerContactsView view = navigate(EmployerContactsView.class);
        assertThat(view.perWeek.getText()).isEqualTo("Employer contacts per week, over the last four weeks: 0.00");

        test(view.employer).setValue("Peak Café Co-operative");
        test(view.kind).selectItem(ContactKind.VISIT.label());
        test(view.save).click();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Peak Café Co-operative");
        assertThat(view.perWeek.getText()).isEqualTo("Employer contacts per week, over the last four weeks: 0.25");
        assertThat(view.employer.getValue()).isEmpty();
    }

    @Test
    void a_missing_employer_name_is_shown_at_the_field_and_the_note_is_kept() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        EmployerContactsView view = navigate(EmployerContactsView.class);
        test(view.kind).selectItem(ContactKind.PHONE.label());
        test(view.note).setValue("Asked about warehouse roles");
        test(view.save).click();
        assertThat(view.employer.isInvalid()).isTrue();
        assertThat(view.employer.getErrorMessage()).isEqualTo("Enter the employer's name");
        assertThat(view.note.getValue()).isEqualTo("Asked about warehouse roles");
    }
}
