package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.workingwin.portal.account.TwoFactorService;
import org.workingwin.portal.account.TwoFactorSetup;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.RoleHome;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * Staff set up two-factor sign-in (scan or type the secret, confirm with a code, keep the recovery codes
 * shown once) or turn it off with a code. Administrators can also reset someone else's.
 */
@Route(value = TwoFactorView.ROUTE, layout = MainLayout.class)
@PageTitle("Two-factor sign-in | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class TwoFactorView extends VerticalLayout {

    static final String ROUTE = "account/two-factor";
    private final TwoFactorService twoFactor;
    private final SignedInUser user;
    private final Div body = new Div();
    final TextField code = new TextField("Code from your app");
    private TwoFactorSetup setup;

    public TwoFactorView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        code.setMaxLength(TwoFactorService.CODE_MAX);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidth("20em");
        code.setMaxWidth("100%");
        // Full width, so long lines wrap on a small screen instead of widening the page.
        body.setWidthFull();
        add(new H1("Two-factor sign-in"), body);
        if (user.is(Role.ADMIN)) {
            add(new TwoFactorResetForm(twoFactor, user));
        }
        show();
    }

    private void show() {
        body.removeAll();
        code.clear();
        code.setInvalid(false);
        if (twoFactor.isOn(user)) {
            code.setId("two-factor-off-code");
            code.setHelperText("The 6-digit code your app shows now, or a recovery code");
            Button off = button("Turn off two-factor sign-in", "turn-off-two-factor", () -> twoFactor.turnOff(user,
                    code.getValue()), this::show);
            body.add(new Paragraph("Two-factor sign-in is on: you sign in with your password and a code from your app. "
                    + "You have " + twoFactor.recoveryCodesLeft(user) + " unused recovery codes."),
                    new H2("Turn it off or set it up again"),
                    new Paragraph("To move to a new phone or get new recovery codes, turn it off with a current code, "
                            + "then set it up again."), row(off));
            return;
        }
        if (SignInSession.setUpRequired()) {
            body.add(new Paragraph("Set up two-factor sign-in to continue. Working Win asks every specialist and "
                    + "administrator for a code from their phone as well as their password."));
        }
        setup = twoFactor.start(user);
        Image qr = new Image(setup.qrCodeDataUri(), "QR code to add Working Win to your authenticator app");
        qr.setId("two-factor-qr");
        qr.setWidth("240px");
        Span secret = new Span(setup.groupedSecret());
        secret.setId("two-factor-secret");
        secret.addClassName("ww-secret");
        code.setId("two-factor-code");
        code.setHelperText("The 6-digit code your app shows for Working Win");
        Button on = button("Turn on two-factor sign-in", "turn-on-two-factor",
                () -> showRecoveryCodes(twoFactor.enrol(user, setup.secret(), code.getValue())), () -> { });
        body.add(new H2("1. Add Working Win to your authenticator app"),
                new Paragraph("Scan this QR code with an authenticator app on your phone (for example Microsoft "
                        + "Authenticator, Google Authenticator or FreeOTP)."), qr,
                new Paragraph(new Span("If you cannot scan it, type this key into the app instead: "), secret),
                new H2("2. Enter the code the app shows"), row(on));
    }

    private void showRecoveryCodes(List<String> codes) {
        SignInSession.setUpRequired(false);
        body.removeAll();
        UnorderedList list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("recovery-codes");
        list.addClassName("ww-secret");
        Button done = new Button("I have kept my recovery codes", e -> getUI().ifPresent(ui -> ui.navigate(
                RoleHome.of(user.role()))));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("two-factor-done");
        body.add(new Paragraph("Two-factor sign-in is on. From now on you sign in with your password and a code."),
                new H2("Your recovery codes"),
                new Paragraph("If you lose your phone, each of these codes signs you in once. Print them or keep them "
                        + "in a password manager now: they are not shown again."), list, done);
    }

    private HorizontalLayout row(Button button) {
        HorizontalLayout row = new HorizontalLayout(code, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }

    private Button button(String label, String id, Runnable action, Runnable after) {
        Button button = new Button(label, e -> {
            try {
                action.run();
                after.run();
            } catch (InvalidInputException ex) {
                code.setErrorMessage(ex.fieldErrors().get("code"));
                code.setInvalid(true);
                code.focus();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }
}
