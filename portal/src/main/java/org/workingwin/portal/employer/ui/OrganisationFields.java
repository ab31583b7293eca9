package org.workingwin.portal.employer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.workingwin.portal.account.AccountLimits;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.SelectNames;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.OrganisationDetails;
import org.workingwin.portal.employer.OrganisationLimits;
import org.workingwin.portal.employer.Sectors;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.location.PostcodeDirectory;

/**
 * An organisation's fields and its contact's, set up once for registering and for keeping them up to date:
 * the same ids, limits, choices and hints on both pages. Only the contact's labels differ (on registering,
 * the contact is the person signing up).
 */
final class OrganisationFields {

    final TextField name = new TextField("Organisation name");
    final ComboBox<String> sector = new ComboBox<>("Sector");
    final Select<SizeBand> sizeBand = SelectNames.named(new Select<>());
    final TextField postcode = new TextField("Postcode");
    final Select<DisabilityConfidentLevel> disabilityConfident = SelectNames.named(new Select<>());
    final TextField contactName;
    final EmailField contactEmail;
    final TextField contactPhone;

    OrganisationFields(String contactNameLabel, String contactEmailLabel, String contactEmailHint,
                       String contactPhoneLabel) {
        contactName = new TextField(contactNameLabel);
        contactEmail = new EmailField(contactEmailLabel);
        contactPhone = new TextField(contactPhoneLabel);
        name.setId("organisation-name");
        sector.setId("sector");
        sizeBand.setId("size-band");
        postcode.setId("postcode");
        disabilityConfident.setId("disability-confident");
        contactName.setId("contact-name");
        contactEmail.setId("contact-email");
        contactPhone.setId("contact-phone");
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
        contactEmail.setHelperText(contactEmailHint);
        contactPhone.setMaxLength(OrganisationLimits.PHONE_MAX);
    }

    void write(OrganisationDetails d) {
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

    FormLayout organisation() {
        return new FormLayout(name, sector, sizeBand, postcode, disabilityConfident);
    }

    /** Shows the service's errors at these fields; the organisation's name is "name" or "organisationName". */
    FormErrors bind(FormErrors errors, String nameKey) {
        return errors.bind(nameKey, name).bind("sector", sector).bind("sizeBand", sizeBand).bind("postcode", postcode)
                .bind("disabilityConfident", disabilityConfident).bind("contactName", contactName)
                .bind("contactEmail", contactEmail).bind("contactPhone", contactPhone);
    }
}
