package org.workingwin.portal.plan.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Locale;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.plan.PlanLimits;
import org.workingwin.portal.plan.ReviewInput;

/** One review meeting as the specialist records it. It raises a save event. */
public class ReviewForm extends VerticalLayout {

    final DatePicker meetingDate = new DatePicker("Date of the meeting");
    final TextArea notes = new TextArea("Notes of the meeting");
    final TextArea nextSteps = new TextArea("Next steps agreed");
    final DatePicker nextReviewDate = new DatePicker("Date of the next review");
    final Button save = new Button("Record the review");
    final FormErrors errors = new FormErrors();

    public ReviewForm() {
        setPadding(false);
        meetingDate.setLocale(Locale.UK);
        meetingDate.setId("review-meeting-date");
        notes.setMaxLength(PlanLimits.REVIEW_NOTES_MAX);
        notes.setHelperText("How the plan is going: what went well, what was hard, any change in their health");
        notes.setId("review-notes");
        nextSteps.setMaxLength(PlanLimits.NEXT_STEPS_MAX);
        nextSteps.setId("review-next-steps");
        nextReviewDate.setLocale(Locale.UK);
        nextReviewDate.setHelperText("Within " + PlanLimits.REVIEW_INTERVAL_MAX_MONTHS + " months of the meeting");
        nextReviewDate.setId("review-next-date");
        errors.bind("meetingDate", meetingDate).bind("notes", notes).bind("nextSteps", nextSteps)
                .bind("nextReviewDate", nextReviewDate);
        notes.setWidthFull();
        nextSteps.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-review");
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        add(meetingDate, notes, nextSteps, nextReviewDate, save);
    }

    public ReviewInput read() {
        return new ReviewInput(meetingDate.getValue(), notes.getValue(), nextSteps.getValue(),
                nextReviewDate.getValue());
    }

    /** Empties the form for the next meeting, dated {@code today}. */
    public void clear(LocalDate today) {
        errors.clear();
        meetingDate.setValue(today);
        notes.clear();
        nextSteps.clear();
        nextReviewDate.clear();
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<ReviewForm> {
        SaveEvent(ReviewForm source) {
            super(source, false);
        }
    }
}
