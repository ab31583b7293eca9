package org.workingwin.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.ips.ui.SpecialistHomeView;
import org.workingwin.portal.vetting.ui.VettingView;

class TwoFactorViewsTest extends ViewTest {

    @Test
    void a_staff_member_who_must_set_up_two_factor_is_sent_to_it_from_any_page_until_they_have() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        SignInSession.setUpRequired(true);
        visit(VettingView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);
        visit(SpecialistHomeView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);
        SignInSession.setUpRequired(false);
        visit(VettingView.class);
        assertThat(getCurrentView()).isInstanceOf(VettingView.class);
    }

    @Test
    void the_code_step_without_a_password_first_only_offers_to_sign_in_again() {
        visit(SignInCodeView.class);
        assertThat(getCurrentView()).isInstanceOf(SignInCodeView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("sign-in-code-message").single().getText())
                .isEqualTo("Your sign-in has timed out, or has not started.");
        assertThat($(Button.class).withId("confirm-code").all()).isEmpty();
    }

    @Test
    void a_specialist_sees_how_to_set_it_up_and_not_how_to_reset_anyone_elses() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        navigate(TwoFactorView.class);
        assertThat($(Button.class).withText("Reset someone's two-factor sign-in").all()).isEmpty();
        assertThat($(Button.class).withText("Turn on two-factor sign-in").all()).hasSize(1);
    }

    @Test
    void an_administrator_sees_how_to_reset_someone_elses_two_factor_sign_in() {
        signInAs(bean(TestData.class).user(Role.ADMIN));
        navigate(TwoFactorView.class);
        assertThat($(Button.class).withText("Reset someone's two-factor sign-in").all()).hasSize(1);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).contains(
                "You can reset their two-factor sign-in. The reset is written to the portal's log.");
    }
}
