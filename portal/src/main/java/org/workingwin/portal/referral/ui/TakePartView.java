package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.referral.Eligibility;
import org.workingwin.portal.referral.EligibilityCheck;
import org.workingwin.portal.referral.ReferralService;

/**
 * "Can I take part?": the eligibility questions, then (if eligible) a request for a first appointment.
 * An ineligible answer gets a kind explanation and other help; nothing about it is stored.
 */
@Route(value = "take-part", layout = MainLayout.class)
@PageTitle("Can I take part? | Working Win")
@AnonymousAllowed
@Prototype
public class TakePartView extends VerticalLayout {

    private final EligibilityCheck eligibility;
    private final ReferralService referrals;
    final EligibilityQuestions questions = new EligibilityQuestions(true, true);
    final Button check = new Button("Check if I can take part");
    final Div outcome = new Div();
    final ContactFields contact = new ContactFields("", true);
    final Button request = new Button("Ask for a first appointment");
    final VerticalLayout appointment = new VerticalLayout();
    private final FormErrors errors = new FormErrors();

    public TakePartView(EligibilityCheck eligibility, ReferralService referrals) {
        this.eligibility = eligibility;
        this.referrals = referrals;
        addClassName("ww-page");
        questions.bind(errors);
        contact.bind(errors);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("check-eligibility");
        check.addClickListener(e -> check());
        outcome.setId("eligibility-outcome");
        outcome.getElement().setAttribute("role", "status");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("request-appointment");
        request.addClickListener(e -> request());
        appointment.setPadding(false);
        appointment.add(new H2("You can take part"), new Paragraph("Tell us how to reach you and someone from "
                + "Working Win will contact you to arrange a first appointment."), contact, request);
        appointment.setVisible(false);
        add(new H1("Can I take part?"),
                new Paragraph("Working Win helps people whose physical or mental health makes it hard to find work "
                        + "or to stay in work. An employment specialist works with you, with employers and with "
                        + "your health team for about a year. Taking part is your choice and does not affect "
                        + "your benefits."),
                new Paragraph("Answer four questions to see if you can take part. Nothing is kept unless you ask "
                        + "for an appointment."),
                questions, check, outcome, appointment,
                new Paragraph(new Anchor("refer", "Refer someone as a GP or health professional")),
                new Paragraph(new Anchor("in-work-support", "Ask for help for someone who is struggling in work")));
    }

    private void check() {
        Eligibility result = eligibility.check(questions.read());
        errors.show(result.unanswered());
        outcome.removeAll();
        appointment.setVisible(false);
        if (!result.unanswered().isEmpty()) {
            return;
        }
        if (!result.eligible()) {
            outcome.add(ineligible(result));
            return;
        }
        appointment.setVisible(true);
        contact.firstName.focus();
    }

    private void request() {
        try {
            referrals.selfReferral(questions.read(), contact.read());
            errors.clear();
            removeAll();
            Div thanks = new Div(new H1("Thank you, " + contact.firstName.getValue().strip()),
                    new Paragraph("We have your request. Someone from Working Win will contact you by "
                            + contact.preferredContact.getValue().label().toLowerCase() + " within five working "
                            + "days to arrange your first appointment."),
                    new Paragraph(new Anchor("support", "Meanwhile, see local support with work and skills")));
            thanks.setId("appointment-requested");
            thanks.getElement().setAttribute("role", "status");
            add(thanks);
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    static Div ineligible(Eligibility result) {
        UnorderedList reasons = new UnorderedList();
        result.reasons().forEach(r -> reasons.add(new ListItem(r)));
        UnorderedList help = new UnorderedList(
                new ListItem(new Anchor("support", "Local support with work, skills, money and health")),
                new ListItem(new Anchor("https://www.gov.uk/access-to-work", "Access to Work (GOV.UK)")),
                new ListItem(new Anchor("https://www.gov.uk/contact-jobcentre-plus", "Contact Jobcentre Plus (GOV.UK)")),
                new ListItem(new Anchor("https://nationalcareers.service.gov.uk", "National Careers Service")));
        Div box = new Div(new H2("Working Win is not the right service this time"), reasons,
                new Paragraph("Thank you for checking. Your answers have not been kept. These may help:"), help);
        box.addClassName("ww-card");
        return box;
    }
}
