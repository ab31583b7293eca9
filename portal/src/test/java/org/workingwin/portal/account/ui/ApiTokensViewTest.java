package org.workingwin.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;

class ApiTokensViewTest extends ViewTest {

    @Test
    void a_specialist_creates_a_token_sees_it_once_and_it_authenticates() {
        SignedInUser specialist = bean(TestData.class).user(Role.SPECIALIST);
        signInAs(specialist);
        ApiTokensView view = navigate(ApiTokensView.class);

        test(view.name).setValue("caseload sync");
        test($(com.vaadin.flow.component.button.Button.class).withText("Create token").single()).click();

        String secret = view.secret.getValue();
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(secret).startsWith("ww_").hasSize(46);
        assertThat(bean(ApiTokenService.class).authenticate(secret)).contains(specialist);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("caseload sync");
    }

    @Test
    void an_empty_name_is_refused_at_the_field() {
        signInAs(bean(TestData.class).user(Role.ADMIN));
        ApiTokensView view = navigate(ApiTokensView.class);
        test($(com.vaadin.flow.component.button.Button.class).withText("Create token").single()).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter a name for the token");
        assertThat(view.secret.isVisible()).isFalse();
    }
}
