package org.workingwin.portal.plan.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.plan.PlanInput;
import org.workingwin.portal.plan.PlanLimits;

/** The employment plan as the specialist writes it with the participant. It raises a save event. */
public class PlanForm extends VerticalLayout {

    final TextArea goals = new TextArea("Their goals");
    final TextField jobTypes = new TextField("Job types they want");
    final TextArea healthSupport = new TextArea("What their health team helps with");
    final TextField contactName = new TextField("Contact's name");
    final TextField contactRole = new TextField("Contact's role");
    final TextField contactPhone = new TextField("Contact's phone number");
    final TextField contactEmail = new TextField("Contact's email address");
    final TextArea nextSteps = new TextArea("Agreed next steps");
    final DatePicker agreedOn = new DatePicker("Agreed with them on");
    final Button save = new Button("Save the plan");
    final FormErrors errors = new FormErrors();

    public PlanForm() {
        setPadding(false);
        goals.setMaxLength(PlanLimits.GOALS_MAX);
        goals.setHelperText("In their words: the work they want, and why");
        goals.setId("plan-goals");
        jobTypes.setMaxLength(PlanLimits.JOB_TYPES_MAX);
        jobTypes.setHelperText("For example \"retail, warehouse, café work\"");
        jobTypes.setId("plan-job-types");
        healthSupport.setMaxLength(PlanLimits.HEALTH_SUPPORT_MAX);
        healthSupport.setId("plan-health-support");
        contactName.setMaxLength(PlanLimits.CONTACT_NAME_MAX);
        contactName.setId("plan-contact-name");
        contactRole.setMaxLength(PlanLimits.CONTACT_ROLE_MAX);
        contactRole.setHelperText("For example \"Community psychiatric nurse\"");
        contactRole.setId("plan-contact-role");
        contactPhone.setMaxLength(PlanLimits.CONTACT_PHONE_MAX);
        contactPhone.setId("plan-contact-phone");
        contactEmail.setMaxLength(PlanLimits.CONTACT_EMAIL_MAX);
        contactEmail.setId("plan-contact-email");
        nextSteps.setMaxLength(PlanLimits.NEXT_STEPS_MAX);
        nextSteps.setHelperText("Who does what, by when");
        nextSteps.setId("plan-next-steps");
        agreedOn.setLocale(Locale.UK);
        agreedOn.setId("plan-agreed-on");
        errors.bind("goals", goals).bind("jobTypes", jobTypes).bind("healthSupport", healthSupport)
                .bind("healthContactName", contactName).bind("healthContactRole", contactRole)
                .bind("healthContactPhone", contactPhone).bind("healthContactEmail", contactEmail)
                .bind("nextSteps", nextSteps).bind("agreedOn", agreedOn);
        goals.setWidthFull();
        jobTypes.setWidthFull();
        healthSupport.setWidthFull();
        nextSteps.setWidthFull();
        FormLayout contact = new FormLayout(contactName, contactRole, contactPhone, contactEmail);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-plan");
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        add(goals, jobTypes, healthSupport, new H3("Health team contact"), contact, nextSteps, agreedOn, save);
    }

    public PlanInput read() {
        return new PlanInput(goals.getValue(), jobTypes.getValue(), healthSupport.getValue(), contactName.getValue(),
                contactRole.getValue(), contactPhone.getValue(), contactEmail.getValue(), nextSteps.getValue(),
                agreedOn.getValue());
    }

    public void write(PlanInput plan) {
        goals.setValue(text(plan.goals()));
        jobTypes.setValue(text(plan.jobTypes()));
        healthSupport.setValue(text(plan.healthSupport()));
        contactName.setValue(text(plan.healthContactName()));
        contactRole.setValue(text(plan.healthContactRole()));
        contactPhone.setValue(text(plan.healthContactPhone()));
        contactEmail.setValue(text(plan.healthContactEmail()));
        nextSteps.setValue(text(plan.nextSteps()));
        agreedOn.setValue(plan.agreedOn());
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public static class SaveEvent extends ComponentEvent<PlanForm> {
        SaveEvent(PlanForm source) {
            super(source, false);
        }
    }
}
