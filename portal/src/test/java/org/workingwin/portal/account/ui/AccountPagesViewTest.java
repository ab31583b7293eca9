package org.workingwin.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.SessionService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;

/** The account page, sign out everywhere, and the link pages as a browser would reach them, without one. */
class AccountPagesViewTest extends ViewTest {

    @Test
    void signing_out_everywhere_elsewhere_sends_an_older_session_to_sign_in_with_a_message() {
        SignedInUser user = bean(TestData.class).user(Role.EMPLOYER);
        signInAs(user);
        visit(AccountView.class);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);

        // Another device chooses "Sign out everywhere".
        bean(SessionService.class).signOutEverywhere(user);
        UI.getCurrent().navigate("vacancies");

        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
        assertThat(CurrentUser.get()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("session-ended").getText())
                .isEqualTo("You have been signed out, because your password was changed or your account was signed "
                        + "out everywhere. Please sign in again.");
    }

    @Test
    void changing_the_password_keeps_this_session_and_a_wrong_current_password_is_shown_at_its_field() {
        SignedInUser user = bean(TestData.class).user(Role.SPECIALIST);
        signInAs(user);
        AccountView view = navigate(AccountView.class);
        int before = bean(SessionService.class).current(user.id()).getAsInt();

        test(view.current).setValue("not my password");
        test(view.replacement).setValue("a brand new password");
        test($(Button.class).id("change-password")).click();
        assertThat(view.current.getErrorMessage()).isEqualTo("That is not your current password");
        assertThat(view.replacement.getValue()).isEqualTo("a brand new password");

        test(view.current).setValue(TestData.PASSWORD);
        test($(Button.class).id("change-password")).click();
        assertThat(view.current.isInvalid()).isFalse();
        assertThat(bean(SessionService.class).current(user.id())).hasValue(before + 1);
        visit(AccountView.class);
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
    }

    @Test
    void forgot_password_gives_the_same_answer_whether_or_not_an_account_uses_the_address() {
        SignedInUser user = bean(TestData.class).user(Role.EMPLOYER);
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(user.email());
        test($(Button.class).id("send-reset-link")).click();
        String known = view.answer.getText();

        view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(TestData.uniqueEmail("nobody"));
        test($(Button.class).id("send-reset-link")).click();

        assertThat(view.answer.getText()).isEqualTo(known).isEqualTo("If an account uses that address, we have sent "
                + "a link to it. The link works for 1 hour. If nothing arrives within a few minutes, check your spam "
                + "folder or ask again.");
    }

    @Test
    void a_link_that_does_not_work_gets_a_kind_page_with_the_next_step() {
        UI.getCurrent().navigate("reset-password/not-a-real-token");
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("This link does not work");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("link-problem-next").getText())
                .isEqualTo("Ask for a new link");

        UI.getCurrent().navigate("invitation/not-a-real-token");
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("This link does not work");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("link-problem").getElement().getTextRecursively())
                .contains("Ask the person who invited you (your specialist, or the Working Win team) to send a new "
                        + "invitation.");
    }
}
