package org.workingwin.portal.vacancy.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.AdjustmentGroup;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.occupation.Occupation;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.VacancyLimits;
import org.workingwin.portal.vacancy.WorkModes;
import org.workingwin.portal.vacancy.WorkPattern;

/**
 * Every field of a vacancy (DESIGN.md core flow 1). It raises save and submit events; the view decides
 * what happens. Adjustments are grouped checkboxes, each with an optional note shown when ticked.
 */
public class VacancyForm extends VerticalLayout {

    final TextField title = new TextField("Job title");
    final ComboBox<Occupation> occupation = new ComboBox<>("Occupation");
    final TextArea description = new TextArea("Description");
    final TextField postcode = new TextField("Postcode of the workplace");
    final Select<WorkMode> workMode = SelectNames.named(new Select<>());
    final NumberField hoursMin = new NumberField("Fewest hours a week");
    final NumberField hoursMax = new NumberField("Most hours a week");
    final CheckboxGroup<WorkPattern> patterns = new CheckboxGroup<>("When is the work?");
    final Select<ContractType> contractType = SelectNames.named(new Select<>());
    final BigDecimalField payMin = new BigDecimalField("Lowest pay (£)");
    final BigDecimalField payMax = new BigDecimalField("Highest pay (£)");
    final Select<PayPeriod> payPeriod = SelectNames.named(new Select<>());
    final DatePicker closingDate = new DatePicker("Closing date");
    final IntegerField positions = new IntegerField("Number of people to hire");
    final CheckboxGroup<String> demands = new CheckboxGroup<>("What the job involves");
    final Map<String, Checkbox> adjustments = new LinkedHashMap<>();
    final Map<String, TextField> adjustmentNotes = new LinkedHashMap<>();
    final Button save = new Button("Save draft");
    final Button submit = new Button("Send for checks");
    final FormErrors errors = new FormErrors();

    public VacancyForm(Taxonomy taxonomy, java.util.List<Occupation> occupations) {
        addClassName("ww-vacancy-form");
        setPadding(false);
        configureFields(taxonomy, occupations);
        FormLayout job = new FormLayout(title, occupation, description);
        job.setColspan(description, 2);
        FormLayout where = new FormLayout(postcode, workMode);
        FormLayout hours = new FormLayout(hoursMin, hoursMax, patterns);
        hours.setColspan(patterns, 2);
        FormLayout terms = new FormLayout(contractType, positions, payMin, payMax, payPeriod, closingDate);
        add(new H2("About the job"), job, new H2("Where"), where, new H2("Hours"), hours,
                new H2("Contract and pay"), terms, new H2("Demands of the job"),
                new Paragraph("Tick what the job involves. This helps us match people safely."), demands,
                new H2("Workplace adjustments you offer"),
                new Paragraph("Tick each adjustment you can offer for this job. Add a note if it helps, "
                        + "for example \"start between 8 and 10am\"."));
        for (AdjustmentGroup group : taxonomy.groups()) {
            add(adjustmentGroup(group, taxonomy));
        }
        save.setId("save-draft");
        submit.setId("submit-vacancy");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, false)));
        submit.addClickListener(e -> fireEvent(new SaveEvent(this, true)));
        HorizontalLayout buttons = new HorizontalLayout(submit, save);
        buttons.setWrap(true);
        add(buttons);
    }

    private void configureFields(Taxonomy taxonomy, java.util.List<Occupation> occupations) {
        title.setId("title");
        occupation.setId("occupation");
        description.setId("description");
        postcode.setId("postcode");
        workMode.setId("work-mode");
        hoursMin.setId("hours-min");
        hoursMax.setId("hours-max");
        patterns.setId("patterns");
        contractType.setId("contract-type");
        payMin.setId("pay-min");
        payMax.setId("pay-max");
        payPeriod.setId("pay-period");
        closingDate.setId("closing-date");
        closingDate.setLocale(Locale.UK);
        positions.setId("positions");
        demands.setId("demands");
        title.setMaxLength(VacancyLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        occupation.setItems(occupations);
        occupation.setItemLabelGenerator(Occupation::label);
        occupation.setAllowCustomValue(true);
        occupation.setHelperText("Choose the closest occupation, or type your own");
        occupation.setRequiredIndicatorVisible(true);
        // A typed occupation that is not in the list is kept as free text, without a code.
        occupation.addCustomValueSetListener(e -> occupation.setValue(e.getDetail().isBlank() ? null
                : new Occupation(null, e.getDetail().strip())));
        description.setMaxLength(VacancyLimits.DESCRIPTION_MAX);
        description.setMinHeight("10em");
        description.setRequiredIndicatorVisible(true);
        postcode.setMaxLength(PostcodeDirectory.MAX_LENGTH);
        postcode.setHelperText("For example S1 2HE");
        postcode.setRequiredIndicatorVisible(true);
        workMode.setLabel("Where the work is done");
        workMode.setItems(WorkMode.values());
        workMode.setItemLabelGenerator(WorkModes::label);
        hoursMin.setMin(1);
        hoursMin.setMax(VacancyLimits.HOURS_MAX);
        hoursMax.setMin(1);
        hoursMax.setMax(VacancyLimits.HOURS_MAX);
        patterns.setItems(WorkPattern.values());
        patterns.setItemLabelGenerator(WorkPattern::label);
        contractType.setLabel("Contract");
        contractType.setItems(ContractType.values());
        contractType.setItemLabelGenerator(ContractType::label);
        payPeriod.setLabel("Pay is");
        payPeriod.setItems(PayPeriod.values());
        payPeriod.setItemLabelGenerator(p -> p == null ? "Not given" : p.label());
        payPeriod.setEmptySelectionAllowed(true);
        payPeriod.setEmptySelectionCaption("Not given");
        closingDate.setMin(LocalDate.now());
        closingDate.setHelperText("The last day people can apply");
        positions.setMin(1);
        positions.setMax(VacancyLimits.POSITIONS_MAX);
        positions.setValue(1);
        demands.setItems(taxonomy.demands().stream().map(Demand::code).toList());
        demands.setItemLabelGenerator(code -> taxonomy.demand(code).map(Demand::label).orElse(code));
        errors.bind("title", title).bind("occupation", occupation).bind("description", description)
                .bind("postcode", postcode).bind("workMode", workMode).bind("hoursMin", hoursMin)
                .bind("hoursMax", hoursMax).bind("patterns", patterns).bind("contractType", contractType)
                .bind("payMin", payMin).bind("payMax", payMax).bind("payPeriod", payPeriod)
                .bind("closingDate", closingDate).bind("positions", positions).bind("demands", demands);
    }

    private Div adjustmentGroup(AdjustmentGroup group, Taxonomy taxonomy) {
        Div box = new Div(new H3(group.label()));
        box.addClassName("ww-adjustment-group");
        for (Adjustment adjustment : taxonomy.adjustmentsIn(group.code())) {
            Checkbox offered = new Checkbox(adjustment.label());
            offered.setId("adjustment-" + adjustment.code());
            TextField note = new TextField("Note on " + adjustment.label().toLowerCase() + " (optional)");
            note.setMaxLength(VacancyLimits.NOTE_MAX);
            note.setId("note-" + adjustment.code());
            note.setVisible(false);
            note.setWidthFull();
            offered.addValueChangeListener(e -> note.setVisible(e.getValue()));
            adjustments.put(adjustment.code(), offered);
            adjustmentNotes.put(adjustment.code(), note);
            errors.bind("adjustment." + adjustment.code(), note);
            Div row = new Div(offered, note);
            row.addClassName("ww-adjustment");
            box.add(row);
        }
        return box;
    }

    /** The values as typed; nothing is dropped or corrected here. */
    public VacancyDraft read() {
        Map<String, String> offered = new LinkedHashMap<>();
        adjustments.forEach((code, box) -> {
            if (box.getValue()) {
                offered.put(code, adjustmentNotes.get(code).getValue());
            }
        });
        Occupation chosen = occupation.getValue();
        return new VacancyDraft(title.getValue(), description.getValue(), chosen == null ? null : chosen.code(),
                chosen == null ? null : chosen.title(), postcode.getValue(), workMode.getValue(), hoursMin.getValue(), hoursMax.getValue(),
                patterns.getValue().isEmpty() ? EnumSet.noneOf(WorkPattern.class) : EnumSet.copyOf(patterns.getValue()),
                contractType.getValue(), payMin.getValue(), payMax.getValue(), payPeriod.getValue(),
                closingDate.getValue(), positions.getValue(), offered, new TreeSet<>(demands.getValue()));
    }

    public void write(VacancyDraft d, java.util.function.Function<String, java.util.Optional<Occupation>> lookup) {
        title.setValue(nullToEmpty(d.title()));
        description.setValue(nullToEmpty(d.description()));
        Occupation known = d.occupationCode() == null ? null : lookup.apply(d.occupationCode()).orElse(null);
        occupation.setValue(known != null ? known
                : d.occupationTitle() == null ? null : new Occupation(null, d.occupationTitle()));
        postcode.setValue(nullToEmpty(d.postcode()));
        workMode.setValue(d.workMode());
        hoursMin.setValue(d.hoursMin());
        hoursMax.setValue(d.hoursMax());
        patterns.setValue(d.patterns());
        contractType.setValue(d.contractType());
        payMin.setValue(d.payMin());
        payMax.setValue(d.payMax());
        payPeriod.setValue(d.payPeriod());
        closingDate.setValue(d.closingDate());
        positions.setValue(d.positions());
        demands.setValue(d.demands());
        d.adjustments().forEach((code, note) -> {
            if (adjustments.containsKey(code)) {
                adjustments.get(code).setValue(true);
                adjustmentNotes.get(code).setValue(nullToEmpty(note));
            }
        });
    }

    public void setReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        description.setReadOnly(readOnly);
        postcode.setReadOnly(readOnly);
        payMin.setReadOnly(readOnly);
        payMax.setReadOnly(readOnly);
        occupation.setReadOnly(readOnly);
        workMode.setReadOnly(readOnly);
        hoursMin.setReadOnly(readOnly);
        hoursMax.setReadOnly(readOnly);
        patterns.setReadOnly(readOnly);
        contractType.setReadOnly(readOnly);
        payPeriod.setReadOnly(readOnly);
        closingDate.setReadOnly(readOnly);
        positions.setReadOnly(readOnly);
        demands.setReadOnly(readOnly);
        adjustments.values().forEach(c -> c.setReadOnly(readOnly));
        adjustmentNotes.values().forEach(n -> n.setReadOnly(readOnly));
        save.setVisible(!readOnly);
        submit.setVisible(!readOnly);
    }

    public void showErrors(Map<String, String> fieldErrors) {
        errors.show(fieldErrors);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Save as a draft ({@code submit} false) or save and send for checks. */
    public static class SaveEvent extends ComponentEvent<VacancyForm> {

        private final boolean submit;

        SaveEvent(VacancyForm source, boolean submit) {
            super(source, false);
            this.submit = submit;
        }

        public boolean submit() {
            return submit;
        }
    }
}
