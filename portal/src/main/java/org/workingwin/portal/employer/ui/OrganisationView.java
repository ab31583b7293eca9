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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ConflictNotice;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.ui.SelectNames;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.Organisation;
import org.workingwin.portal.employer.OrganisationDetails;
import org.workingwin.portal.employer.OrganisationLimits;
import org.workingwin.portal.employer.Sectors;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.location.PostcodeDirectory;

/** An employer keeps their organisation's details up to date; two people editing at once never overwrite. */
@Route(value = "employer/organisation", layout = MainLayout.class)
@PageTitle("Your organisation | Working Win")
@RolesAllowed("EMPLOYER")
@Prototype
public class OrganisationView extends VerticalLayout {

    private final EmployerService employers;
    private final SignedInUser user;
    final TextField name = new TextField("Organisation name");
    final ComboBox<String> sector = new ComboBox<>("Sector");
    final Select<SizeBand> sizeBand = SelectNames.named(new Select<>());
    final TextField postcode = new TextField("Postcode");
    final Select<DisabilityConfidentLevel> disabilityConfident = SelectNames.named(new Select<>());
    final TextField contactName = new TextField("Contact name");
    final EmailField contactEmail = new EmailField("Contact email");
    final TextField contactPhone = new TextField("Contact phone (optional)");
    final Button save = new Button("Save");
    final ConflictNotice conflict = new ConflictNotice();
    private final FormErrors errors = new FormErrors();
    /** The stored version this form started from. */
    private long version;

    public OrganisationView(EmployerService employers) {
        this.employers = employers;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        name.setId("organisation-name");
        sector.setId("sector");
        sizeBand.setId("size-band");
        postcode.setId("postcode");
        disabilityConfident.setId("disability-confident");
        contactName.setId("contact-name");
        contactEmail.setId("contact-email");
        contactPhone.setId("contact-phone");
        save.setId("save-organisation");
        name.setMaxLength(OrganisationLimits.NAME_MAX);
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
        contactEmail.setHelperText("Where we write about your vacancies. You still sign in with your own email.");
        contactPhone.setMaxLength(OrganisationLimits.PHONE_MAX);
        errors.bind("name", name).bind("sector", sector).bind("sizeBand", sizeBand).bind("postcode", postcode)
                .bind("disabilityConfident", disabilityConfident).bind("contactName", contactName)
                .bind("contactEmail", contactEmail).bind("contactPhone", contactPhone);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H1("Your organisation"),
                new Paragraph("People see your organisation's name with your vacancies. Working Win contacts the "
                        + "person named here about vacancies and introductions."),
                conflict, new FormLayout(name, sector, sizeBand, postcode, disabilityConfident), new H2("Contact"),
                new FormLayout(contactName, contactEmail, contactPhone), save);
        load();
    }

    private void load() {
        Organisation organisation = employers.ownOrganisation(user);
        version = organisation.version();
        write(OrganisationDetails.of(organisation));
        errors.clear();
        conflict.hide();
    }

    private void write(OrganisationDetails d) {
        name.setValue(d.name());
        sector.setValue(d.sector());
        sizeBand.setValue(d.sizeBand());
        postcode.setValue(d.postcode());
        disabilityConfident.setValue(d.disabilityConfident());
        contactName.setValue(d.contactName());
        contactEmail.setValue(d.contactEmail());
        contactPhone.setValue(d.contactPhone());
    }

    OrganisationDetails read() {
        return new OrganisationDetails(name.getValue(), sector.getValue(), sizeBand.getValue(), postcode.getValue(),
                disabilityConfident.getValue(), contactName.getValue(), contactEmail.getValue(),
                contactPhone.getValue());
    }

    private void save() {
        try {
            employers.updateOwn(user, version, read());
            FormErrors.success("Your organisation's details are saved");
            load();
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (ChangedBySomeoneElseException e) {
            errors.clear();
            conflict.show(e, "employer/organisation", this::load, () -> version = e.currentVersion());
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
    }
}
