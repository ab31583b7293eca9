package org.workingwin.portal.participant.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.employer.Sectors;
import org.workingwin.portal.occupation.Occupation;
import org.workingwin.portal.occupation.OccupationDirectory;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.participant.ParticipantLimits;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.participant.PreferredContact;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.WorkModes;
import org.workingwin.portal.vacancy.WorkPattern;

/**
 * A participant's details and matching profile: preferences, and each functional need marked "must
 * have" or "would help". It raises a save event; the view decides what happens.
 */
public class ParticipantForm extends VerticalLayout {

    static final String NOT_NEEDED = "NONE";
    final TextField reference = new TextField("Trial reference");
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField wantedRoles = new TextField("Jobs they want");
    final MultiSelectComboBox<Occupation> occupations = new MultiSelectComboBox<>("Occupations");
    final TextArea skills = new TextArea("Skills and experience");
    final MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>("Sectors they like");
    final NumberField hoursMin = new NumberField("Fewest hours a week");
    final NumberField hoursMax = new NumberField("Most hours a week");
    final CheckboxGroup<WorkPattern> patterns = new CheckboxGroup<>("When they can work");
    final BigDecimalField minimumPay = new BigDecimalField("Lowest pay they would take (£)");
    final Select<PayPeriod> payPeriod = SelectNames.named(new Select<>());
    final CheckboxGroup<ContractType> contracts = new CheckboxGroup<>("Contracts they would take");
    final TextField homePostcode = new TextField("Home postcode or district");
    final NumberField maxTravelKm = new NumberField("How far they can travel (km)");
    final CheckboxGroup<WorkMode> workModes = new CheckboxGroup<>("Ways of working they accept");
    final TextField email = new TextField("Email address");
    final TextField phone = new TextField("Phone number");
    final RadioButtonGroup<PreferredContact> preferredContact = new RadioButtonGroup<>("How they prefer to be contacted");
    final Select<ParticipantStatus> status = SelectNames.named(new Select<>());
    final DatePicker enrolledOn = new DatePicker("Enrolled on");
    final Checkbox consentToProcessing = new Checkbox(
            "They consent to Working Win keeping their functional needs and notes to find them work");
    final Checkbox shareContact = new Checkbox(
            "An employer they are introduced to may have their contact details");
    final Map<String, RadioButtonGroup<String>> needs = new LinkedHashMap<>();
    final Map<String, TextField> needNotes = new LinkedHashMap<>();
    final Map<String, Checkbox> disclose = new LinkedHashMap<>();
    final Span needErrors = new Span();
    final CheckboxGroup<String> avoid = new CheckboxGroup<>("Job demands to avoid");
    final Button save = new Button("Save");
    final FormErrors errors = new FormErrors();
    private final OccupationDirectory occupationDirectory;

    public ParticipantForm(Taxonomy taxonomy, OccupationDirectory occupationDirectory) {
        this.occupationDirectory = occupationDirectory;
        setPadding(false);
        reference.setMaxLength(ParticipantLimits.REFERENCE_MAX);
        firstName.setMaxLength(ParticipantLimits.NAME_MAX);
        lastName.setMaxLength(ParticipantLimits.NAME_MAX);
        wantedRoles.setMaxLength(ParticipantLimits.WANTED_ROLES_MAX);
        wantedRoles.setHelperText("In their words, for example \"care assistant, support worker\"");
        occupations.setItems(occupationDirectory.all());
        occupations.setItemLabelGenerator(Occupation::label);
        skills.setMaxLength(ParticipantLimits.SKILLS_MAX);
        sectors.setItems(Sectors.ALL);
        patterns.setItems(WorkPattern.values());
        patterns.setItemLabelGenerator(WorkPattern::label);
        payPeriod.setLabel("Pay is");
        payPeriod.setItems(PayPeriod.values());
        payPeriod.setItemLabelGenerator(p -> p == null ? "Not given" : p.label());
        payPeriod.setEmptySelectionAllowed(true);
        contracts.setItems(ContractType.values());
        contracts.setItemLabelGenerator(ContractType::label);
        maxTravelKm.setMin(0);
        maxTravelKm.setMax(ParticipantLimits.TRAVEL_MAX_KM);
        maxTravelKm.setValue(10.0);
        workModes.setItems(WorkMode.values());
        workModes.setItemLabelGenerator(WorkModes::label);
        avoid.setItems(taxonomy.demands().stream().map(Demand::code).toList());
        avoid.setItemLabelGenerator(code -> taxonomy.demand(code).map(Demand::label).orElse(code));
        errors.bind("reference", reference).bind("firstName", firstName).bind("lastName", lastName)
                .bind("wantedRoles", wantedRoles).bind("occupationCodes", occupations).bind("skills", skills)
                .bind("sectors", sectors).bind("hoursMin", hoursMin).bind("hoursMax", hoursMax)
                .bind("patterns", patterns).bind("minimumPay", minimumPay).bind("minimumPayPeriod", payPeriod)
                .bind("contractTypes", contracts).bind("homePostcode", homePostcode).bind("maxTravelKm", maxTravelKm)
                .bind("workModes", workModes).bind("demandsToAvoid", avoid);
        email.setMaxLength(ParticipantLimits.EMAIL_MAX);
        homePostcode.setMaxLength(org.workingwin.portal.location.PostcodeDirectory.MAX_LENGTH);
        phone.setMaxLength(ParticipantLimits.PHONE_MAX);
        preferredContact.setItems(PreferredContact.values());
        preferredContact.setItemLabelGenerator(PreferredContact::label);
        preferredContact.setValue(PreferredContact.EMAIL);
        status.setLabel("Status");
        status.setItems(ParticipantStatus.values());
        status.setItemLabelGenerator(ParticipantStatus::label);
        status.setValue(ParticipantStatus.LOOKING);
        enrolledOn.setLocale(java.util.Locale.UK);
        enrolledOn.setHelperText("Today if left empty");
        consentToProcessing.setId("consent-to-processing");
        shareContact.setId("share-contact");
        needErrors.addClassName("ww-field-error");
        needErrors.setId("need-errors");
        errors.bind("email", email).bind("phone", phone).bind("preferredContact", preferredContact)
                .bind("status", status).bind("enrolledOn", enrolledOn);
        FormLayout person = new FormLayout(reference, firstName, lastName, status, enrolledOn);
        FormLayout contact = new FormLayout(email, phone, preferredContact);
        FormLayout consent = new FormLayout(consentToProcessing, shareContact);
        consent.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout wants = new FormLayout(wantedRoles, occupations, skills, sectors, hoursMin, hoursMax, patterns,
                minimumPay, payPeriod, contracts);
        wants.setColspan(skills, 2);
        FormLayout where = new FormLayout(homePostcode, maxTravelKm, workModes);
        FormLayout needsLayout = new FormLayout();
        for (Need need : taxonomy.needs()) {
            RadioButtonGroup<String> level = new RadioButtonGroup<>(need.label());
            level.setItems(NOT_NEEDED, "WOULD_HELP", "MUST_HAVE");
            level.setItemLabelGenerator(v -> switch (v) {
                case "WOULD_HELP" -> "Would help";
                case "MUST_HAVE" -> "Must have";
                default -> "Not needed";
            });
            level.setValue(NOT_NEEDED);
            level.setId("need-" + need.code());
            needs.put(need.code(), level);
            TextField note = new TextField("Note on " + lowerFirst(need.label()) + " (optional)");
            note.setMaxLength(ParticipantLimits.NEED_NOTE_MAX);
            note.setId("need-note-" + need.code());
            needNotes.put(need.code(), note);
            Checkbox share = new Checkbox("May be shared with an employer after an offer");
            share.setId("need-share-" + need.code());
            disclose.put(need.code(), share);
            VerticalLayout item = new VerticalLayout(level, note, share);
            item.setPadding(false);
            item.setSpacing(false);
            item.addClassName("ww-need");
            needsLayout.add(item);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-participant");
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        add(new H2("Participant"), person, new H2("Contact"), contact, new H2("Consent"), consent,
                new H2("Work they want"), wants, new H2("Where"), where, new H2("Functional needs"),
                new Paragraph("Record only what matching needs. A must-have need is never broken by a suggestion. "
                        + "Employers see a need only if the participant agreed to share it, and only after an offer."),
                needErrors, needsLayout, avoid, save);
    }

    /** The values as typed. */
    public ParticipantInput read() {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        List<String> shared = new ArrayList<>();
        needs.forEach((code, group) -> {
            // A note or a consent to share is kept only with the need it belongs to.
            if (group.getValue() != null && !NOT_NEEDED.equals(group.getValue())) {
                levels.put(code, group.getValue());
                if (!needNotes.get(code).getValue().isBlank()) {
                    notes.put(code, needNotes.get(code).getValue());
                }
                if (disclose.get(code).getValue()) {
                    shared.add(code);
                }
            }
        });
        return new ParticipantInput(reference.getValue(), firstName.getValue(), lastName.getValue(),
                wantedRoles.getValue(), occupations.getValue().stream().map(Occupation::code).sorted().toList(),
                skills.getValue(), new ArrayList<>(sectors.getValue()), hoursMin.getValue(), hoursMax.getValue(),
                names(patterns.getValue()), minimumPay.getValue(),
                payPeriod.getValue() == null ? null : payPeriod.getValue().name(), names(contracts.getValue()),
                homePostcode.getValue(), maxTravelKm.getValue(), names(workModes.getValue()), levels,
                avoid.getValue().stream().sorted().toList(), email.getValue(), phone.getValue(),
                preferredContact.getValue() == null ? null : preferredContact.getValue().name(),
                consentToProcessing.getValue(), shareContact.getValue(),
                status.getValue() == null ? null : status.getValue().name(), enrolledOn.getValue(), notes,
                shared);
    }

    /** Messages about needs, notes and consent, shown above the needs (they span several fields). */
    public void showNeedErrors(Map<String, String> fieldErrors) {
        List<String> messages = new ArrayList<>();
        for (String key : List.of("consentToProcessing", "needs", "needNotes", "disclosedNeeds")) {
            if (fieldErrors.containsKey(key)) {
                messages.add(fieldErrors.get(key));
            }
        }
        needErrors.setText(String.join(". ", messages));
        consentToProcessing.getElement().setAttribute("aria-invalid", fieldErrors.containsKey("consentToProcessing")
                ? "true" : "false");
    }

    public void write(ParticipantInput in) {
        reference.setValue(text(in.reference()));
        firstName.setValue(text(in.firstName()));
        lastName.setValue(text(in.lastName()));
        wantedRoles.setValue(text(in.wantedRoles()));
        occupations.setValue(list(in.occupationCodes()).stream().map(occupationDirectory::find)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet()));
        skills.setValue(text(in.skills()));
        sectors.setValue(Set.copyOf(list(in.sectors())));
        hoursMin.setValue(in.hoursMin());
        hoursMax.setValue(in.hoursMax());
        patterns.setValue(list(in.patterns()).stream().map(WorkPattern::valueOf).collect(Collectors.toSet()));
        minimumPay.setValue(in.minimumPay());
        payPeriod.setValue(in.minimumPayPeriod() == null ? null : PayPeriod.valueOf(in.minimumPayPeriod()));
        contracts.setValue(list(in.contractTypes()).stream().map(ContractType::valueOf).collect(Collectors.toSet()));
        homePostcode.setValue(text(in.homePostcode()));
        maxTravelKm.setValue(in.maxTravelKm());
        workModes.setValue(list(in.workModes()).stream().map(WorkMode::valueOf).collect(Collectors.toSet()));
        needs.forEach((code, group) -> group.setValue(in.needs() == null ? NOT_NEEDED
                : in.needs().getOrDefault(code, NOT_NEEDED)));
        avoid.setValue(Set.copyOf(list(in.demandsToAvoid())));
        email.setValue(text(in.email()));
        phone.setValue(text(in.phone()));
        preferredContact.setValue(in.preferredContact() == null ? PreferredContact.EMAIL
                : PreferredContact.valueOf(in.preferredContact()));
        status.setValue(in.status() == null ? ParticipantStatus.LOOKING : ParticipantStatus.valueOf(in.status()));
        enrolledOn.setValue(in.enrolledOn());
        consentToProcessing.setValue(Boolean.TRUE.equals(in.consentToProcessing()));
        shareContact.setValue(Boolean.TRUE.equals(in.shareContact()));
        needNotes.forEach((code, field) -> field.setValue(in.needNotes() == null ? ""
                : text(in.needNotes().get(code))));
        disclose.forEach((code, box) -> box.setValue(list(in.disclosedNeeds()).contains(code)));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }


    /** Save the participant. */
    public static class SaveEvent extends ComponentEvent<ParticipantForm> {
        SaveEvent(ParticipantForm source) {
            super(source, false);
        }
    }
}
