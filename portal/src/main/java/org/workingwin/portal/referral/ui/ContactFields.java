package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.validation.ContactChecks;
import org.workingwin.portal.participant.PreferredContact;
import org.workingwin.portal.referral.ContactDetails;
import org.workingwin.portal.referral.ReferralService;

/** A person's name and how to reach them for a first appointment. */
class ContactFields extends FormLayout {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField email = new TextField("Email address");
    final TextField phone = new TextField("Phone number");
    final RadioButtonGroup<PreferredContact> preferredContact = new RadioButtonGroup<>();
    final TextField bestTime = new TextField("Best days or times to contact (optional)");
    final TextArea message = new TextArea("Anything else we should know (optional)");

    ContactFields(String idPrefix, boolean aboutYou) {
        firstName.setMaxLength(ReferralService.NAME_MAX);
        lastName.setMaxLength(ReferralService.NAME_MAX);
        email.setMaxLength(ContactChecks.EMAIL_MAX);
        phone.setMaxLength(ContactChecks.PHONE_MAX);
        preferredContact.setLabel(aboutYou ? "How would you like us to contact you?"
                : "How would they like us to contact them?");
        preferredContact.setItems(PreferredContact.values());
        preferredContact.setItemLabelGenerator(PreferredContact::label);
        bestTime.setMaxLength(ReferralService.BEST_TIME_MAX);
        message.setMaxLength(ReferralService.MESSAGE_MAX);
        message.setHelperText("Please do not write about health here: we talk about that at the first appointment.");
        firstName.setId(idPrefix + "first-name");
        lastName.setId(idPrefix + "last-name");
        email.setId(idPrefix + "email");
        phone.setId(idPrefix + "phone");
        preferredContact.setId(idPrefix + "preferred-contact");
        bestTime.setId(idPrefix + "best-time");
        message.setId(idPrefix + "message");
        add(firstName, lastName, email, phone, preferredContact, bestTime, message);
        setColspan(message, 2);
        setColspan(preferredContact, 2);
    }

    void bind(FormErrors errors) {
        errors.bind("firstName", firstName).bind("lastName", lastName).bind("email", email).bind("phone", phone)
                .bind("preferredContact", preferredContact).bind("bestTime", bestTime).bind("message", message);
    }

    ContactDetails read() {
        return new ContactDetails(firstName.getValue(), lastName.getValue(), email.getValue(), phone.getValue(),
                preferredContact.getValue(), bestTime.getValue(), message.getValue());
    }
}
