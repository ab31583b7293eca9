package org.workingwin.portal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContact;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;

/** A specialist records each contact with an employer and sees their own log, with contacts per week. */
@Route(value = "specialist/employer-contacts", layout = MainLayout.class)
@PageTitle("Employer contacts | Working Win")
@RolesAllowed("SPECIALIST")
@Prototype
public class EmployerContactsView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final EmployerContactService contacts;
    private final SignedInUser user;
    final TextField employer = new TextField("Employer");
    final DatePicker date = new DatePicker("Date");
    final Select<ContactKind> kind = SelectNames.named(new Select<>());
    final TextArea note = new TextArea("Note (optional)");
    final Select<Participant> forParticipant = SelectNames.named(new Select<>());
    final Button save = new Button("Record contact");
    final Paragraph perWeek = new Paragraph();
    final Grid<EmployerContact> grid = new Grid<>(EmployerContact.class, false);
    private final FormErrors errors = new FormErrors();

    public EmployerContactsView(EmployerContactService contacts, ParticipantService participants) {
        this.contacts = contacts;
        this.user = CurrentUser.require();
        List<Participant> caseload = participants.caseload(user);
        Map<Long, String> names = caseload.stream().collect(Collectors.toMap(Participant::id, Participant::name));
        forParticipant.setLabel("On behalf of (optional)");
        forParticipant.setItems(caseload);
        forParticipant.setItemLabelGenerator(p -> p == null ? "No one in particular" : p.name());
        forParticipant.setEmptySelectionAllowed(true);
        forParticipant.setEmptySelectionCaption("No one in particular");
        forParticipant.setId("contact-participant");
        addClassName("ww-page");
        employer.setMaxLength(EmployerContactService.EMPLOYER_MAX);
        employer.setId("contact-employer");
        date.setLocale(Locale.UK);
        date.setValue(LocalDate.now());
        date.setMax(LocalDate.now());
        date.setId("contact-date");
        kind.setLabel("How");
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(ContactKind::label);
        kind.setId("contact-kind");
        note.setMaxLength(EmployerContactService.NOTE_MAX);
        note.setId("contact-note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("record-contact");
        save.addClickListener(e -> record());
        errors.bind("employerName", employer).bind("contactDate", date).bind("kind", kind).bind("note", note);
        perWeek.setId("contacts-per-week");
        grid.addColumn(c -> DATE.format(c.contactDate())).setHeader("Date");
        grid.addColumn(EmployerContact::employerName).setHeader("Employer").setFlexGrow(2);
        grid.addColumn(c -> c.kind().label()).setHeader("How");
        grid.addColumn(c -> c.participantId() == null ? "" : names.getOrDefault(c.participantId(), ""))
                .setHeader("On behalf of");
        grid.addColumn(c -> c.note() == null ? "" : c.note()).setHeader("Note").setFlexGrow(3);
        grid.setItems(q -> contacts.mine(user, q.getOffset(), q.getLimit()).stream(), q -> (int) contacts.countMine(user));
        grid.setAriaLabel("My employer contacts");
        grid.setEmptyStateText("No employer contacts recorded yet.");
        FormLayout form = new FormLayout(employer, date, kind, forParticipant, note);
        form.setColspan(note, 2);
        add(new H1("Employer contacts"), perWeek, new H2("Record a contact"), form, save, new H2("My contacts"), grid);
        showRate();
    }

    private void record() {
        try {
            contacts.record(user, employer.getValue(), date.getValue(), kind.getValue(), note.getValue(),
                    forParticipant.getValue() == null ? null : forParticipant.getValue().id());
            errors.clear();
            FormErrors.success("Contact with " + employer.getValue().strip() + " recorded");
            employer.clear();
            note.clear();
            forParticipant.clear();
            grid.getDataProvider().refreshAll();
            showRate();
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private void showRate() {
        perWeek.setText("Employer contacts per week, over the last four weeks: "
                + String.format(Locale.UK, "%.2f", contacts.contactsPerWeek(user)));
    }
}
