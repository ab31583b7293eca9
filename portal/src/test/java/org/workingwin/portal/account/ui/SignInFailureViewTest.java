package org.workingwin.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.base.server.ViewTest;

/**
 * A screenshot of the sign-in page during fault drill D showed the form left switched off after the
 * database failed, so no one could try again without reloading. Its own class: it drops this context's
 * in-memory database to make the sign-in fail.
 */
class SignInFailureViewTest extends ViewTest {

    @Test
    void a_sign_in_that_fails_inside_leaves_the_form_ready_for_another_try() throws Exception {
        visit(SignInView.class);
        LoginForm form = $(LoginForm.class).first();
        DataSource pool = bean(io.micronaut.jdbc.DataSourceResolver.class).resolve(bean(DataSource.class));
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("DROP ALL OBJECTS");
        }
        // The browser switches the form off when it sends the attempt.
        form.setEnabled(false);

        assertThatThrownBy(() -> ComponentUtil.fireEvent(form,
                new AbstractLogin.LoginEvent(form, true, "someone@example.org", "a password")))
                .isInstanceOf(RuntimeException.class);
        assertThat(form.isEnabled()).isTrue();
    }
}
