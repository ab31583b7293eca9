package org.workingwin.portal.vacancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.workingwin.portal.account.EmailVerificationService;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.CsvDownload;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyFilter;
import org.workingwin.portal.vacancy.VacancyLimits;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.VacancyStatus;
import org.workingwin.portal.vacancy.csv.VacancyImportService;

/** The employer's vacancies: a lazy grid filtered by status and title. */
@Route(value = "employer/vacancies", layout = MainLayout.class)
@PageTitle("My vacancies | Working Win")
@RolesAllowed("EMPLOYER")
@Prototype
public class MyVacanciesView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final VacancyService vacancies;
    private final SignedInUser user;
    final Select<Optional<VacancyStatus>> status = SelectNames.named(new Select<>());
    final TextField title = new TextField("Title contains");
    final Grid<Vacancy> grid = new Grid<>(Vacancy.class, false);

    public MyVacanciesView(VacancyService vacancies, VacancyImportService imports,
                           EmailVerificationService verification) {
        this.vacancies = vacancies;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        setHeightFull();
        status.setLabel("Status");
        status.setItems(allStatuses());
        status.setItemLabelGenerator(s -> s.map(VacancyStatus::label).orElse("All statuses"));
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setMaxLength(VacancyLimits.TITLE_MAX);
        title.setClearButtonVisible(true);
        title.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button("Post a vacancy", e -> getUI().ifPresent(ui -> ui.navigate("employer/vacancies/edit")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-vacancy");

        grid.addComponentColumn(v -> new RouterLink(v.title(), VacancyEditorView.class, v.id()))
                .setHeader("Title").setFlexGrow(3);
        grid.addColumn(v -> v.status().label()).setHeader("Status").setKey("status");
        grid.addColumn(v -> v.closingDate().format(DATE)).setHeader("Closes");
        grid.addColumn(Vacancy::postcodeDistrict).setHeader("Where");
        grid.setPageSize(VacancyLimits.PAGE_SIZE);
        grid.setItems(query -> vacancies.organisationVacancies(user, filter(), query.getOffset(), query.getLimit())
                .stream(), query -> (int) vacancies.countOrganisationVacancies(user, filter()));
        grid.setAriaLabel("My vacancies");
        grid.setEmptyStateText("No vacancies yet. Choose \"Post a vacancy\" to add one.");

        Button importFile = new Button("Import from a spreadsheet",
                e -> getUI().ifPresent(ui -> ui.navigate(ImportVacanciesView.class)));
        importFile.setId("import-vacancies-link");
        Anchor export = CsvDownload.link("Download my vacancies (CSV)", "my-vacancies.csv", "export-vacancies",
                writer -> imports.writeOwnVacancies(user, writer));

        HorizontalLayout filters = new HorizontalLayout(status, title, create, importFile);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("My vacancies"));
        if (!verification.isVerified(user.id())) {
            add(unconfirmed(verification));
        }
        add(filters, grid, export);
        setFlexGrow(1, grid);
    }

    /** Until the address is confirmed, vacancies cannot go for checks: say so, with a way to get a new link. */
    private Div unconfirmed(EmailVerificationService verification) {
        Paragraph text = new Paragraph("Please confirm your email address: open the link we sent to " + user.email()
                + ". Until then you can write vacancies and save them as drafts, but not send them for checks.");
        Button again = new Button("Send the link again", e -> {
            verification.sendAgain(user);
            FormErrors.success("We have sent a new link to " + user.email() + ". Earlier links no longer work.");
        });
        again.setId("send-verification-again");
        Div banner = new Div(text, again);
        banner.setId("confirm-email-banner");
        banner.addClassName("ww-banner");
        banner.getElement().setAttribute("role", "region");
        banner.getElement().setAttribute("aria-label", "Confirm your email address");
        return banner;
    }

    private VacancyFilter filter() {
        Set<VacancyStatus> statuses = status.getValue() == null || status.getValue().isEmpty()
                ? EnumSet.allOf(VacancyStatus.class) : EnumSet.of(status.getValue().get());
        return new VacancyFilter(statuses, title.getValue());
    }

    private static java.util.List<Optional<VacancyStatus>> allStatuses() {
        java.util.List<Optional<VacancyStatus>> items = new java.util.ArrayList<>();
        items.add(Optional.empty());
        for (VacancyStatus s : VacancyStatus.values()) {
            items.add(Optional.of(s));
        }
        return items;
    }
}
