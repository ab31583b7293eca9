package org.workingwin.portal.pipeline.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.pipeline.JobStart;
import org.workingwin.portal.pipeline.Opportunity;
import org.workingwin.portal.pipeline.Outcome;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.StepKind;
import org.workingwin.portal.vacancy.PayPeriod;

/** The dialog for each step a specialist records: what it asks for, and the call it makes. */
@Prototype
public class StepDialogs {

    private final PipelineService pipeline;
    private final Taxonomy taxonomy;
    private final SignedInUser user;

    StepDialogs(PipelineService pipeline, Taxonomy taxonomy) {
        this.pipeline = pipeline;
        this.taxonomy = taxonomy;
        this.user = CurrentUser.require();
    }

    String buttonLabel(StepKind kind) {
        return switch (kind) {
            case SHORTLISTED -> "Shortlist again";
            case DISMISSED -> "Dismiss";
            case SHARED -> "Share with the participant";
            case INTERESTED -> "Record their interest";
            case INTRODUCED -> "Introduce to the employer";
            case INTERVIEW -> "Record an interview";
            case OFFER -> "Record an offer";
            case JOB_START -> "Record the job start";
            case OUTCOME -> "Record the outcome";
            case EMPLOYER_INVITED, EMPLOYER_DECLINED -> kind.label();
        };
    }

    void open(StepKind kind, Opportunity o, String participantName, Runnable after) {
        long id = o.id();
        TextArea note = note("Note (optional)");
        Runnable done = () -> {
            FormErrors.success(kind.label() + ": recorded");
            after.run();
        };
        ActionDialog dialog = switch (kind) {
            case SHORTLISTED -> dialog(kind, () -> pipeline.shortlist(user, o.participantId(), o.vacancyId(),
                    note.getValue()), done).field("note", note);
            case DISMISSED -> {
                TextArea why = note("Why does it not suit them?");
                yield dialog(kind, () -> pipeline.dismiss(user, o.participantId(), o.vacancyId(), why.getValue()),
                        done).field("note", why);
            }
            case SHARED -> dialog(kind, () -> pipeline.share(user, id, note.getValue()), done)
                    .content(new Paragraph("Record that you showed this vacancy to " + participantName + "."))
                    .field("note", note);
            case INTERESTED -> dialog(kind, () -> pipeline.recordInterest(user, id, note.getValue()), done)
                    .field("note", note);
            case INTRODUCED -> introduction(o, participantName, done);
            case INTERVIEW -> {
                DatePicker date = date("Interview date", LocalDate.now());
                yield dialog(kind, () -> pipeline.recordInterview(user, id, date.getValue(), note.getValue()), done)
                        .field("date", date).field("note", note);
            }
            case OFFER -> dialog(kind, () -> pipeline.recordOffer(user, id, note.getValue()), done)
                    .field("note", note);
            case JOB_START -> jobStart(id, note, done);
            case OUTCOME -> {
                Select<Outcome> outcome = SelectNames.named(new Select<>());
                outcome.setLabel("Outcome");
                outcome.setItems(Outcome.values());
                outcome.setItemLabelGenerator(Outcome::label);
                outcome.setId("step-outcome");
                yield dialog(kind, () -> pipeline.recordOutcome(user, id, outcome.getValue(), note.getValue()), done)
                        .field("outcome", outcome).field("note", note);
            }
            case EMPLOYER_INVITED, EMPLOYER_DECLINED -> throw new IllegalArgumentException("The employer answers");
        };
        dialog.open();
    }

    private ActionDialog introduction(Opportunity o, String participantName, Runnable done) {
        CheckboxGroup<Adjustment> adjustments = new CheckboxGroup<>("Recruitment adjustments to ask for");
        adjustments.setItems(taxonomy.adjustmentsIn("recruitment"));
        adjustments.setItemLabelGenerator(Adjustment::label);
        adjustments.setId("step-recruitment-adjustments");
        TextArea message = note("Message to the employer (they will read this)");
        message.setHelperText("Do not write about health here: needs they agreed to share reach the employer "
                + "only after an offer.");
        return dialog(StepKind.INTRODUCED, () -> pipeline.introduce(user, o.id(), adjustments.getValue().stream()
                        .map(Adjustment::code).collect(Collectors.toSet()), message.getValue()), done)
                .content(new Paragraph("The employer will see " + participantName.split(" ")[0]
                        + "'s first name, how to contact them (or you, if they did not agree to share their "
                        + "details), the recruitment adjustments you ask for and your message."))
                .field("recruitmentAdjustments", adjustments).field("note", message);
    }

    private ActionDialog jobStart(long id, TextArea note, Runnable done) {
        DatePicker start = date("Start date", LocalDate.now());
        NumberField hours = new NumberField("Hours a week");
        hours.setId("step-hours");
        BigDecimalField pay = new BigDecimalField("Pay (£)");
        pay.setId("step-pay");
        Select<PayPeriod> period = SelectNames.named(new Select<>());
        period.setLabel("Pay is");
        period.setItems(PayPeriod.values());
        period.setItemLabelGenerator(PayPeriod::label);
        period.setValue(PayPeriod.HOUR);
        period.setId("step-pay-period");
        return dialog(StepKind.JOB_START, () -> pipeline.recordJobStart(user, id,
                        new JobStart(start.getValue(), hours.getValue(), pay.getValue(), period.getValue()),
                        note.getValue()), done)
                .field("startDate", start).field("hours", hours).field("pay", pay).field("payPeriod", period)
                .field("note", note);
    }

    private ActionDialog dialog(StepKind kind, ActionDialog.Action action, Runnable done) {
        return new ActionDialog(buttonLabel(kind), "Save", "confirm-step", action, done);
    }

    private static TextArea note(String label) {
        TextArea note = new TextArea(label);
        note.setMaxLength(PipelineService.NOTE_MAX);
        note.setWidthFull();
        note.setId("step-note");
        return note;
    }

    private static DatePicker date(String label, LocalDate initial) {
        DatePicker date = new DatePicker(label);
        date.setLocale(Locale.UK);
        date.setValue(initial);
        date.setId("step-date");
        return date;
    }
}
