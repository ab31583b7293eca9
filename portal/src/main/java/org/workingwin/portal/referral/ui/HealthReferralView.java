package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.referral.Referrer;
import org.workingwin.portal.referral.ReferralService;

/** A GP or health professional refers someone who has agreed to it. */
@Route(value = "refer", layout = MainLayout.class)
@PageTitle("Refer someone | Working Win")
@AnonymousAllowed
@Prototype
public class HealthReferralView extends VerticalLayout {

    private final ReferralService referrals;
    final TextField referrerName = new TextField("Your name");
    final TextField referrerRole = new TextField("Your role, for example GP or physiotherapist");
    final TextField referrerOrganisation = new TextField("Practice or service");
    final TextField referrerEmail = new TextField("Your work email");
    final TextField referrerPhone = new TextField("Your work phone (optional)");
    final ContactFields person = new ContactFields("person-", false);
    final EligibilityQuestions questions = new EligibilityQuestions(false, true);
    final Checkbox personAgreed = new Checkbox("They have agreed to this referral and to Working Win contacting them");
    final Button send = new Button("Send the referral");
    final Div notice = new Div();
    private final FormErrors errors = new FormErrors();

    public HealthReferralView(ReferralService referrals) {
        this.referrals = referrals;
        addClassName("ww-page");
        referrerName.setMaxLength(ReferralService.TEXT_MAX);
        referrerRole.setMaxLength(ReferralService.TEXT_MAX);
        referrerOrganisation.setMaxLength(ReferralService.TEXT_MAX);
        referrerEmail.setMaxLength(org.workingwin.portal.base.validation.ContactChecks.EMAIL_MAX);
        referrerPhone.setMaxLength(org.workingwin.portal.base.validation.ContactChecks.PHONE_MAX);
        referrerName.setId("referrer-name");
        referrerRole.setId("referrer-role");
        referrerOrganisation.setId("referrer-organisation");
        referrerEmail.setId("referrer-email");
        referrerPhone.setId("referrer-phone");
        personAgreed.setId("person-agreed");
        errors.bind("referrerName", referrerName).bind("referrerRole", referrerRole)
                .bind("referrerOrganisation", referrerOrganisation).bind("referrerEmail", referrerEmail)
                .bind("referrerPhone", referrerPhone);
        person.bind(errors);
        questions.bind(errors);
        notice.setId("referral-notice");
        notice.getElement().setAttribute("role", "alert");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-referral");
        send.addClickListener(e -> send());
        add(new H1("Refer someone to Working Win"),
                new Paragraph("For GPs and health professionals in Barnsley, Doncaster, Rotherham, Sheffield, "
                        + "Bassetlaw and North Derbyshire. Refer adults whose health makes it hard to find or keep "
                        + "work and who would like help from an employment specialist. They must agree first."),
                new H2("You"), new FormLayout(referrerName, referrerRole, referrerOrganisation, referrerEmail,
                        referrerPhone),
                new H2("The person you refer"), person, questions, personAgreed, notice, send);
    }

    private void send() {
        try {
            referrals.healthReferral(questions.read(), person.read(), new Referrer(referrerName.getValue(),
                    referrerRole.getValue(), referrerOrganisation.getValue(), referrerEmail.getValue(),
                    referrerPhone.getValue()), personAgreed.getValue());
            errors.clear();
            removeAll();
            Div thanks = new Div(new H1("Referral sent"), new Paragraph("Thank you. We will contact "
                    + person.firstName.getValue().strip() + " to arrange a first appointment, and reply to you if we "
                    + "need anything else."));
            thanks.setId("referral-sent");
            thanks.getElement().setAttribute("role", "status");
            add(thanks);
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
            notice.setText(String.join(" ", java.util.stream.Stream.of("eligibility", "personAgreed")
                    .filter(e.fieldErrors()::containsKey).map(e.fieldErrors()::get).toList()));
            personAgreed.getElement().setAttribute("aria-invalid",
                    String.valueOf(e.fieldErrors().containsKey("personAgreed")));
        }
    }
}
