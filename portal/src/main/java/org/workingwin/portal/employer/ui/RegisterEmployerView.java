package org.workingwin.portal.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.OrganisationDetails;

/** An employer registers their organisation and their own account in one step. */
@Route(value = "register", layout = MainLayout.class)
@PageTitle("Register your organisation | Working Win")
@AnonymousAllowed
@Prototype
public class RegisterEmployerView extends VerticalLayout {

    private final EmployerService employers;
    final OrganisationFields fields = new OrganisationFields("Your name", "Your email address",
            "You will sign in with this", "Phone number (optional)");
    final PasswordField password = new PasswordField("Choose a password");
    final Button register = new Button("Register");
    private final FormErrors errors = new FormErrors();

    public RegisterEmployerView(EmployerService employers) {
        this.employers = employers;
        addClassName("ww-page");
        password.setId("password");
        register.setId("register");
        password.setMaxLength(AccountLimits.PASSWORD_MAX);
        password.setHelperText("At least " + AccountLimits.PASSWORD_MIN + " characters");
        fields.bind(errors, "organisationName").bind("password", password);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());

        FormLayout organisation = fields.organisation();
        FormLayout you = new FormLayout(fields.contactName, fields.contactEmail, fields.contactPhone, password);
        add(new H1("Register your organisation"),
                new Paragraph("Post vacancies and tell people which workplace adjustments you can offer. "
                        + "A Working Win specialist checks each vacancy before it is published."),
                new H2("Your organisation"), organisation, new H2("Your account"), you, register);
    }

    private void register() {
        try {
            OrganisationDetails d = fields.read();
            var user = employers.register(new EmployerRegistration(d.name(), d.sector(), d.sizeBand(), d.postcode(),
                    d.disabilityConfident(), d.contactName(), d.contactEmail(), d.contactPhone(), password.getValue()));
            errors.clear();
            CurrentUser.signIn(user);
            FormErrors.success("Your organisation is registered. We have emailed you a link to confirm your "
                    + "email address.");
            getUI().ifPresent(ui -> ui.navigate("employer/vacancies"));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }
}
