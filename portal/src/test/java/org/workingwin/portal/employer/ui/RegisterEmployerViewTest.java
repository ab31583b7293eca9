package org.workingwin.portal.employer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workingwin.portal.base.server.ViewTest;

class RegisterEmployerViewTest extends ViewTest {

    @Test
    void a_registration_with_fields_missing_says_so_at_each_field_and_keeps_what_was_typed() {
        RegisterEmployerView view = navigate(RegisterEmployerView.class);
        assertThat(view.fields.contactName.getLabel()).isEqualTo("Your name");
        assertThat(view.fields.contactEmail.getHelperText()).isEqualTo("You will sign in with this");
        assertThat(view.fields.name.getMaxLength()).isEqualTo(120);

        test(view.fields.contactName).setValue("Priya Shah");
        test(view.password).setValue("short");
        test(view.register).click();

        assertThat(view.fields.name.isInvalid()).isTrue();
        assertThat(view.fields.name.getErrorMessage()).isEqualTo("Enter the organisation's name");
        assertThat(view.fields.sector.getErrorMessage()).isEqualTo("Choose the sector that fits best");
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters for your password");
        assertThat(view.fields.contactName.isInvalid()).isFalse();
        assertThat(view.fields.contactName.getValue()).isEqualTo("Priya Shah");
    }
}
