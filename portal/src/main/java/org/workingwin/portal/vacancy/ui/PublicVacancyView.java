package org.workingwin.portal.vacancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Demand;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.vacancy.DescriptionBlocks;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyAdjustment;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.WorkModes;

/** One published vacancy, with its adjustments and demands in plain words. Unpublished ones are "not found". */
@Route(value = "vacancy", layout = MainLayout.class)
@AnonymousAllowed
@Prototype
public class PublicVacancyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final VacancyService vacancies;
    private final Taxonomy taxonomy;
    private String title = "Vacancy";

    public PublicVacancyView(VacancyService vacancies, Taxonomy taxonomy) {
        this.vacancies = vacancies;
        this.taxonomy = taxonomy;
        addClassName("ww-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        VacancyDetails details = vacancies.publicDetails(id).orElseThrow(NotFoundException::new);
        Vacancy v = details.vacancy();
        title = v.title();
        removeAll();
        add(new Anchor("vacancies", "Back to vacancies"), new H1(v.title()), new Paragraph(details.organisationName()));
        if (org.workingwin.portal.base.security.CurrentUser.get()
                .filter(u -> u.is(org.workingwin.portal.base.security.Role.SPECIALIST,
                        org.workingwin.portal.base.security.Role.ADMIN)).isPresent()) {
            // The suitable-participants page belongs to the match feature: named by route, so features stay acyclic.
            Anchor suitable = new Anchor("specialist/vacancies/participants/" + id, "Suitable participants from your caseload");
            suitable.setId("suitable-participants");
            add(suitable);
        }
        if (org.workingwin.portal.base.security.CurrentUser.get()
                .filter(u -> u.is(org.workingwin.portal.base.security.Role.PARTICIPANT)).isPresent()) {
            // Saying "I'm interested" belongs to the participant's own pages: named by route, as above.
            Anchor interested = new Anchor("me/interested/" + id, "I'm interested");
            interested.setId("interested");
            interested.addClassName("ww-button-link");
            add(new Paragraph("Would you like to apply? Tell your specialist. They will help you."), interested);
        }
        add(
                facts(v), new H2("About the job"), description(v.description()),
                new H2("Workplace adjustments offered"), adjustments(details),
                new H2("What the job involves"), demands(details));
    }

    @Override
    public String getPageTitle() {
        return title + " | Working Win";
    }

    private UnorderedList facts(Vacancy v) {
        return new UnorderedList(
                new ListItem("Where: " + v.postcodeDistrict() + ", " + v.localAuthority() + " ("
                        + WorkModes.label(v.workMode()) + ")"),
                new ListItem("Hours: " + VacancyText.hours(v.hoursMin(), v.hoursMax())),
                new ListItem("Contract: " + v.contractType().label()),
                new ListItem("Pay: " + VacancyText.pay(v.payMin(), v.payMax(),
                        v.payPeriod() == null ? null : v.payPeriod().label())),
                new ListItem("Occupation: " + v.occupationTitle()),
                new ListItem("Closing date: " + DATE.format(v.closingDate())));
    }

    private static Div description(String text) {
        Div div = new Div();
        for (DescriptionBlocks.Block block : DescriptionBlocks.of(text)) {
            switch (block) {
                case DescriptionBlocks.Text t -> div.add(new Paragraph(t.text()));
                case DescriptionBlocks.Bullets b -> div.add(new UnorderedList(b.items().stream()
                        .map(ListItem::new).toArray(ListItem[]::new)));
            }
        }
        return div;
    }

    private Div adjustments(VacancyDetails details) {
        if (details.adjustments().isEmpty()) {
            return new Div(new Paragraph("The employer has not listed any adjustments yet. You can still ask."));
        }
        UnorderedList list = new UnorderedList();
        for (VacancyAdjustment offered : details.adjustments()) {
            Adjustment a = taxonomy.adjustment(offered.code()).orElseThrow();
            String text = a.label() + ": " + a.description();
            list.add(new ListItem(offered.note() == null ? text : text + " The employer says: \"" + offered.note() + "\""));
        }
        return new Div(list);
    }

    private Div demands(VacancyDetails details) {
        if (details.demands().isEmpty()) {
            return new Div(new Paragraph("The employer has not listed any particular demands."));
        }
        UnorderedList list = new UnorderedList();
        details.demands().forEach(code -> list.add(new ListItem(taxonomy.demand(code).map(Demand::label).orElse(code))));
        return new Div(list);
    }
}
