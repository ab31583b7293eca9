package org.workingwin.portal.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.AdjustmentGroup;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.passport.PassportJob;
import org.workingwin.portal.passport.PassportService;

/** A specialist records the adjustments agreed with the employer for a job the participant started. */
@Route(value = "specialist/opportunities/adjustments", layout = MainLayout.class)
@PageTitle("Adjustments agreed | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class AgreedAdjustmentsView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PassportService passports;
    private final Taxonomy taxonomy;
    private final Map<String, Checkbox> chosen = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new LinkedHashMap<>();
    private final DatePicker agreedOn = new DatePicker("Date agreed");
    private final FormErrors errors = new FormErrors();

    public AgreedAdjustmentsView(PassportService passports, Taxonomy taxonomy) {
        this.passports = passports;
        this.taxonomy = taxonomy;
        addClassName("ww-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long opportunityId) {
        PassportJob job = passports.forStaff(CurrentUser.require(), opportunityId);
        removeAll();
        add(new Anchor("specialist/opportunities/" + opportunityId, "Back to the opportunity"),
                new H1("Adjustments agreed for " + job.jobTitle()),
                new Paragraph(job.employer() + ". Tick each adjustment agreed with the employer and say how it works "
                        + "in this job. The participant can put them in their adjustment passport. Do not write "
                        + "about health here."));
        agreedOn.setLocale(Locale.UK);
        agreedOn.setId("agreed-on");
        agreedOn.setValue(job.agreed().isEmpty() ? LocalDate.now() : job.agreed().get(0).agreedOn());
        errors.bind("agreedOn", agreedOn);
        add(agreedOn);
        for (AdjustmentGroup group : taxonomy.groups()) {
            add(group(group, job));
        }
        Button save = new Button("Save agreed adjustments", e -> save(opportunityId));
        save.setId("save-agreed");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private Div group(AdjustmentGroup group, PassportJob job) {
        Div box = new Div(new H3(group.label()));
        box.addClassName("ww-adjustment-group");
        for (Adjustment adjustment : taxonomy.adjustmentsIn(group.code())) {
            var existing = job.agreed().stream().filter(a -> a.code().equals(adjustment.code())).findFirst();
            Checkbox agreed = new Checkbox(adjustment.label(), existing.isPresent());
            agreed.setId("agreed-" + adjustment.code());
            TextField note = new TextField("How " + adjustment.label().toLowerCase(Locale.UK) + " works here (optional)");
            note.setMaxLength(PassportService.NOTE_MAX);
            note.setId("agreed-note-" + adjustment.code());
            note.setWidthFull();
            note.setValue(existing.map(PassportJob.Agreed::note).orElse(""));
            note.setVisible(agreed.getValue());
            agreed.addValueChangeListener(e -> note.setVisible(e.getValue()));
            chosen.put(adjustment.code(), agreed);
            notes.put(adjustment.code(), note);
            errors.bind(adjustment.code(), note);
            Div row = new Div(agreed, note);
            row.addClassName("ww-adjustment");
            box.add(row);
        }
        return box;
    }

    private void save(long opportunityId) {
        Map<String, String> agreed = new LinkedHashMap<>();
        chosen.forEach((code, box) -> {
            if (box.getValue()) {
                agreed.put(code, notes.get(code).getValue());
            }
        });
        try {
            passports.recordAgreed(CurrentUser.require(), opportunityId, agreed, agreedOn.getValue());
            errors.clear();
            FormErrors.success("Saved " + agreed.size() + (agreed.size() == 1 ? " agreed adjustment" : " agreed adjustments"));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }
}
