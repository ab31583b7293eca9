package org.workingwin.portal.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ConflictNotice;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.Organisation;
import org.workingwin.portal.employer.OrganisationDetails;

/** An employer keeps their organisation's details up to date; two people editing at once never overwrite. */
@Route(value = "employer/organisation", layout = MainLayout.class)
@PageTitle("Your organisation | Working Win")
@RolesAllowed("EMPLOYER")
@Prototype
public class OrganisationView extends VerticalLayout {

    private final EmployerService employers;
    private final SignedInUser user;
    final OrganisationFields fields = new OrganisationFields("Contact name", "Contact email",
            "Where we write about your vacancies. You still sign in with your own email.", "Contact phone (optional)");
    final Button save = new Button("Save");
    final ConflictNotice conflict = new ConflictNotice();
    private final FormErrors errors = new FormErrors();
    /** The stored version this form started from. */
    private long version;

    public OrganisationView(EmployerService employers) {
        this.employers = employers;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        save.setId("save-organisation");
        fields.bind(errors, "name");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H1("Your organisation"),
                new Paragraph("People see your organisation's name with your vacancies. Working Win contacts the "
                        + "person named here about vacancies and introductions."),
                conflict, fields.organisation(), new H2("Contact"),
                new FormLayout(fields.contactName, fields.contactEmail, fields.contactPhone), save);
        load();
    }

    private void load() {
        Organisation organisation = employers.ownOrganisation(user);
        version = organisation.version();
        fields.write(OrganisationDetails.of(organisation));
        errors.clear();
        conflict.hide();
    }


    private void save() {
        try {
            employers.updateOwn(user, version, fields.read());
            FormErrors.success("Your organisation's details are saved");
            load();
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (ChangedBySomeoneElseException e) {
            errors.clear();
            conflict.show(e, "employer/organisation", this::load, () -> version = e.currentVersion());
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
    }
}
