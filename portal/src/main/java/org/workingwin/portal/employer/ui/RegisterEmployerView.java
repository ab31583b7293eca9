package org.workingwin.portal.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.OrganisationLimits;
import org.workingwin.portal.employer.Sectors;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.location.PostcodeDirectory;

/** An employer registers their organisation and their own account in one step. */
@Route(value = "register", layout = MainLayout.class)
@PageTitle("Register your organisation | Working Win")
@AnonymousAllowed
@Prototype
public class RegisterEmployerView extends VerticalLayout {

    private final EmployerService employers;
    final TextField organisationName = new TextField("Organisation name");
    final ComboBox<String> sector = new ComboBox<>("Sector");
    final Select<SizeBand> sizeBand = SelectNames.named(new Select<>());
    final TextField postcode = new TextField("Postcode");
    final Select<DisabilityConfidentLevel> disabilityConfident = SelectNames.named(new Select<>());
    final TextField contactName = new TextField("Your name");
    final EmailField contactEmail = new EmailField("Your email address");
    final TextField contactPhone = new TextField("Phone number (optional)");
    final PasswordField password = new PasswordField("Choose a password");
    final Button register = new Button("Register");
    private final FormErrors errors = new FormErrors();

    public RegisterEmployerView(EmployerService employers) {
        this.employers = employers;
        addClassName("ww-page");
        organisationName.setId("organisation-name");
        sector.setId("sector");
        sizeBand.setId("size-band");
        postcode.setId("postcode");
        disabilityConfident.setId("disability-confident");
        contactName.setId("contact-name");
        contactEmail.setId("contact-email");
        contactPhone.setId("contact-phone");
        password.setId("password");
        register.setId("register");
        organisationName.setMaxLength(OrganisationLimits.NAME_MAX);
        sector.setItems(Sectors.ALL);
        sizeBand.setLabel("Size");
        sizeBand.setItems(SizeBand.values());
        sizeBand.setItemLabelGenerator(SizeBand::label);
        postcode.setMaxLength(PostcodeDirectory.MAX_LENGTH);
        postcode.setHelperText("For example S1 2HE");
        disabilityConfident.setLabel("Disability Confident level");
        disabilityConfident.setItems(DisabilityConfidentLevel.values());
        disabilityConfident.setItemLabelGenerator(DisabilityConfidentLevel::label);
        contactName.setMaxLength(AccountLimits.NAME_MAX);
        contactEmail.setMaxLength(AccountLimits.EMAIL_MAX);
        contactEmail.setHelperText("You will sign in with this");
        contactPhone.setMaxLength(OrganisationLimits.PHONE_MAX);
        password.setMaxLength(AccountLimits.PASSWORD_MAX);
        password.setHelperText("At least " + AccountLimits.PASSWORD_MIN + " characters");
        errors.bind("organisationName", organisationName).bind("sector", sector).bind("sizeBand", sizeBand)
                .bind("postcode", postcode).bind("disabilityConfident", disabilityConfident)
                .bind("contactName", contactName).bind("contactEmail", contactEmail)
                .bind("contactPhone", contactPhone).bind("password", password);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());

        FormLayout organisation = new FormLayout(organisationName, sector, sizeBand, postcode, disabilityConfident);
        FormLayout you = new FormLayout(contactName, contactEmail, contactPhone, password);
        add(new H1("Register your organisation"),
                new Paragraph("Post vacancies and tell people which workplace adjustments you can offer. "
                        + "A Working Win specialist checks each vacancy before it is published."),
                new H2("Your organisation"), organisation, new H2("Your account"), you, register);
    }

    private void register() {
        try {
            var user = employers.register(new EmployerRegistration(organisationName.getValue(), sector.getValue(),
                    sizeBand.getValue(), postcode.getValue(), disabilityConfident.getValue(),
                    contactName.getValue(), contactEmail.getValue(), contactPhone.getValue(), password.getValue()));
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
