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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.referral.InWorkRequest;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.Referrer;

/** An employee, or their employer, asks for help for someone in work who is struggling with their health. */
@Route(value = "in-work-support", layout = MainLayout.class)
@PageTitle("Help to stay in work | Working Win")
@AnonymousAllowed
@Prototype
public class InWorkSupportView extends VerticalLayout {

    static final String EMPLOYEE = "I am the employee";
    static final String EMPLOYER = "I am their employer or manager";
    private final ReferralService referrals;
    final RadioButtonGroup<String> who = new RadioButtonGroup<>("Who is asking?");
    final ContactFields employee = new ContactFields("employee-", true);
    final EligibilityQuestions questions = new EligibilityQuestions(true, false);
    final TextField employerName = new TextField("Employer (organisation)");
    final TextField contactName = new TextField("Contact at the employer");
    final TextField contactRole = new TextField("Their role (optional)");
    final TextField contactEmail = new TextField("Their email");
    final TextField contactPhone = new TextField("Their phone (optional)");
    final Checkbox employerAgrees = new Checkbox();
    final Checkbox employeeAgreed = new Checkbox("The employee knows about this request and agreed to it");
    final Button send = new Button("Ask for help");
    final Div notice = new Div();
    private final FormErrors errors = new FormErrors();

    public InWorkSupportView(ReferralService referrals) {
        this.referrals = referrals;
        addClassName("ww-page");
        who.setItems(EMPLOYEE, EMPLOYER);
        who.setValue(EMPLOYEE);
        who.setId("who-asks");
        who.addValueChangeListener(e -> wording());
        employerName.setMaxLength(ReferralService.TEXT_MAX);
        contactName.setMaxLength(ReferralService.TEXT_MAX);
        contactRole.setMaxLength(ReferralService.TEXT_MAX);
        contactEmail.setMaxLength(org.workingwin.portal.base.validation.ContactChecks.EMAIL_MAX);
        contactPhone.setMaxLength(org.workingwin.portal.base.validation.ContactChecks.PHONE_MAX);
        employerName.setId("employer-name");
        contactName.setId("employer-contact-name");
        contactRole.setId("employer-contact-role");
        contactEmail.setId("employer-contact-email");
        contactPhone.setId("employer-contact-phone");
        employerAgrees.setId("employer-agrees");
        employeeAgreed.setId("employee-agreed");
        notice.setId("in-work-notice");
        notice.getElement().setAttribute("role", "alert");
        errors.bind("employerName", employerName).bind("contactName", contactName).bind("contactRole", contactRole)
                .bind("contactEmail", contactEmail).bind("contactPhone", contactPhone);
        employee.bind(errors);
        questions.bind(errors);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-in-work-request");
        send.addClickListener(e -> send());
        add(new H1("Help to stay in work"),
                new Paragraph("If a health condition is making work hard, Working Win can help you and your "
                        + "employer find changes that work. An employee can ask, or an employer can ask with the "
                        + "employee's agreement. It is free and voluntary."),
                who, new H2("The employee"), employee, questions,
                new H2("The employer"), new FormLayout(employerName, contactName, contactRole, contactEmail,
                        contactPhone), employerAgrees, employeeAgreed, notice, send);
        wording();
    }

    private void wording() {
        boolean fromEmployer = EMPLOYER.equals(who.getValue());
        employerAgrees.setLabel(fromEmployer ? "Working Win may contact me about this request"
                : "Working Win may contact my employer (leave unticked if you would rather we did not)");
        employeeAgreed.setVisible(fromEmployer);
        // The questions are about the employee: "you" when they ask, "they" when their employer does.
        questions.wording(!fromEmployer);
        employee.preferredContact.setLabel(fromEmployer ? "How would they like us to contact them?"
                : "How would you like us to contact you?");
    }

    private void send() {
        boolean fromEmployer = EMPLOYER.equals(who.getValue());
        try {
            referrals.inWorkRequest(new InWorkRequest(fromEmployer, questions.read(), employee.read(),
                    employerName.getValue(), new Referrer(contactName.getValue(), contactRole.getValue(),
                    employerName.getValue(), contactEmail.getValue(), contactPhone.getValue()),
                    employerAgrees.getValue(), employeeAgreed.getValue()));
            errors.clear();
            removeAll();
            Div thanks = new Div(new H1("Request sent"), new Paragraph("Thank you. Someone from Working Win "
                    + "will contact " + employee.firstName.getValue().strip() + " within five working days."));
            thanks.setId("in-work-sent");
            thanks.getElement().setAttribute("role", "status");
            add(thanks);
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
            notice.setText(String.join(" ", java.util.stream.Stream.of("eligibility", "employerAgreesToContact",
                    "employeeAgreed").filter(e.fieldErrors()::containsKey)
                    .map(e.fieldErrors()::get).toList()));
        }
    }
}
