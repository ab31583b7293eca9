package org.workingwin.portal.vetting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyLimits;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.ui.VacancyText;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.vetting.VettingService;

/** Submitted vacancies waiting for a specialist's checks, oldest first; publish or send back from here. */
@Route(value = "specialist/vetting", layout = MainLayout.class)
@PageTitle("Vacancies to check | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class VettingView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final VacancyService vacancies;
    private final SignedInUser user;
    final Grid<Vacancy> grid = new Grid<>(Vacancy.class, false);

    private final Taxonomy taxonomy;

    private final VettingService vetting;

    public VettingView(VacancyService vacancies, VettingService vetting, Taxonomy taxonomy) {
        this.vacancies = vacancies;
        this.vetting = vetting;
        this.taxonomy = taxonomy;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        setHeightFull();
        grid.addColumn(Vacancy::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(v -> v.postcodeDistrict() + ", " + v.localAuthority()).setHeader("Where").setFlexGrow(2);
        grid.addColumn(v -> v.closingDate().format(DATE)).setHeader("Closes");
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
        grid.setPageSize(VacancyLimits.PAGE_SIZE);
        grid.setItems(q -> vacancies.submitted(user, q.getOffset(), q.getLimit()).stream(),
                q -> (int) vacancies.countSubmitted(user));
        grid.setAriaLabel("Vacancies waiting for checks");
        grid.setEmptyStateText("No vacancies are waiting for checks.");
        add(new H1("Vacancies to check"),
                new Paragraph("Check each vacancy's description, adjustments and demands before publishing it."),
                grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(Vacancy v) {
        Button view = new Button("Details", e -> grid.setDetailsVisible(v, !grid.isDetailsVisible(v)));
        view.addThemeVariants(ButtonVariant.LUMO_SMALL);
        view.setAriaLabel("Show or hide the details of " + v.title());
        view.setId("details-" + v.id());
        Button sendBack = new Button("Send back", e -> openSendBack(v));
        sendBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        sendBack.setAriaLabel("Send " + v.title() + " back to the employer");
        sendBack.setId("send-back-" + v.id());
        HorizontalLayout actions = new HorizontalLayout(view, sendBack, publishButton(v));
        actions.setWrap(true);
        return actions;
    }

    /** Asks for the reason the employer will read, then sends the vacancy back. */
    private void openSendBack(Vacancy v) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Send back: " + v.title());
        TextArea reason = new TextArea("What should the employer change?");
        reason.setMaxLength(VacancyLimits.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("8em");
        reason.setId("send-back-reason");
        Button confirm = new Button("Send back", e -> {
            try {
                VettingService.SendBackResult result = vetting.sendBack(user, v.id(), reason.getValue());
                dialog.close();
                FormErrors.success(result.emailed() ? "Sent back and emailed to the employer: " + result.title()
                        : "Sent back: " + result.title() + ". The email could not be sent; the employer sees "
                        + "the reason on the vacancy.");
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(ex.fieldErrors().get("reason"));
                reason.setInvalid(true);
            } catch (NotAllowedException ex) {
                FormErrors.error(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-send-back");
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** What a specialist checks before publishing: the text, the adjustments with notes, the demands. */
    private Div details(Vacancy v) {
        VacancyDetails d = vacancies.details(user, v.id());
        UnorderedList offered = new UnorderedList();
        d.adjustments().forEach(a -> offered.add(new ListItem(
                taxonomy.adjustment(a.code()).map(Adjustment::label).orElse(a.code())
                        + (a.note() == null ? "" : ": " + a.note()))));
        UnorderedList demands = new UnorderedList();
        d.demands().forEach(code -> demands.add(new ListItem(taxonomy.demand(code).map(Demand::label).orElse(code))));
        Div box = new Div(new Paragraph(d.organisationName() + " · " + v.occupationTitle() + " · "
                + VacancyText.hours(v.hoursMin(), v.hoursMax()) + " · "
                + VacancyText.pay(v.payMin(), v.payMax(), v.payPeriod() == null ? null : v.payPeriod().label())),
                new Paragraph(v.description()), new H3("Adjustments offered"),
                d.adjustments().isEmpty() ? new Paragraph("None") : offered, new H3("Demands"),
                d.demands().isEmpty() ? new Paragraph("None") : demands);
        box.addClassName("ww-vetting-details");
        return box;
    }

    private Button publishButton(Vacancy v) {
        Button publish = new Button("Publish", e -> {
            try {
                vetting.publish(user, v.id());
                FormErrors.success("Published: " + v.title());
                grid.getDataProvider().refreshAll();
            } catch (NotAllowedException ex) {
                FormErrors.error(ex.getMessage());
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        publish.setAriaLabel("Publish " + v.title());
        publish.setId("publish-" + v.id());
        return publish;
    }
}
