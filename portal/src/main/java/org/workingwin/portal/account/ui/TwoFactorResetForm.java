package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.account.TwoFactorService;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.FormErrors;

/** An administrator resets the two-factor sign-in of someone who lost both their phone and recovery codes. */
class TwoFactorResetForm extends VerticalLayout {

    TwoFactorResetForm(TwoFactorService twoFactor, SignedInUser admin) {
        setPadding(false);
        Button open = new Button("Reset someone's two-factor sign-in", e -> {
            EmailField email = new EmailField("Their email address");
            email.setId("reset-two-factor-email");
            email.setMaxLength(AccountLimits.EMAIL_MAX);
            email.setWidthFull();
            String[] name = new String[1];
            ActionDialog dialog = new ActionDialog("Reset two-factor sign-in", "Reset", "confirm-reset-two-factor",
                    () -> name[0] = twoFactor.reset(admin, email.getValue()),
                    () -> FormErrors.success("Two-factor sign-in reset for " + name[0]
                            + ": they set it up again when they next sign in"));
            dialog.content(new Paragraph("Check who is asking first, for example by calling them on a number "
                    + "you already hold. Their codes and recovery codes stop working at once."))
                    .field("email", email);
            dialog.open();
        });
        open.setId("reset-two-factor");
        add(new H2("Someone lost their phone and recovery codes?"),
                new Paragraph("You can reset their two-factor sign-in. The reset is written to the portal's log."),
                open);
    }
}
