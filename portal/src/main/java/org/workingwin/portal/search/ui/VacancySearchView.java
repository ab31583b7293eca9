package org.workingwin.portal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.workingwin.matching.vacancy.SearchPage;
import org.workingwin.matching.vacancy.VacancyHit;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.search.PublicSearch;
import org.workingwin.portal.search.SearchLimits;
import org.workingwin.portal.search.VacancySearchService;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.WorkModes;
import org.workingwin.portal.vacancy.ui.VacancyText;
import org.workingwin.portal.vacancy.ui.PublicVacancyView;

/** Anyone can search published vacancies by words and by distance from a postcode. */
@Route(value = "vacancies", layout = MainLayout.class)
@PageTitle("Vacancies | Working Win")
@AnonymousAllowed
@Prototype
public class VacancySearchView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final VacancySearchService search;
    final TextField keywords = new TextField("Job title or keywords");
    final TextField postcode = new TextField("Near postcode (optional)");
    final Select<Integer> distance = new Select<>();
    final Button find = new Button("Search");
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button("Previous page");
    final Button next = new Button("Next page");
    private final FormErrors errors = new FormErrors();
    private int page;

    public VacancySearchView(VacancySearchService search) {
        this.search = search;
        addClassName("ww-page");
        keywords.setMaxLength(SearchLimits.KEYWORDS_MAX);
        keywords.setClearButtonVisible(true);
        keywords.setId("keywords");
        postcode.setMaxLength(PostcodeDirectory.MAX_LENGTH);
        postcode.setHelperText("For example S1 or S1 2HE");
        postcode.setId("postcode");
        distance.setLabel("Distance");
        distance.setItems(List.of(5, 10, 20, 40, 80));
        distance.setItemLabelGenerator(km -> "Within " + km + " km");
        distance.setValue(20);
        distance.setId("distance");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("search");
        find.addClickShortcut(Key.ENTER);
        find.addClickListener(e -> {
            page = 0;
            run();
        });
        previous.addClickListener(e -> {
            page--;
            run();
        });
        next.addClickListener(e -> {
            page++;
            run();
        });
        summary.setId("result-summary");
        summary.getElement().setAttribute("role", "status");
        results.setId("results");
        errors.bind("postcode", postcode).bind("radiusKm", distance);
        HorizontalLayout form = new HorizontalLayout(keywords, postcode, distance, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        HorizontalLayout paging = new HorizontalLayout(previous, next);
        add(new H1("Vacancies"), new Paragraph("Every vacancy here has been checked by a Working Win specialist."),
                form, summary, results, paging);
        run();
    }

    private void run() {
        try {
            SearchPage found = search.search(new PublicSearch(keywords.getValue(), postcode.getValue(),
                    postcode.getValue().isBlank() ? null : distance.getValue().doubleValue(), page,
                    SearchLimits.PAGE_SIZE));
            errors.clear();
            show(found);
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private void show(SearchPage found) {
        results.removeAll();
        if (found.total() == 0) {
            summary.setText("Nothing found. Try other words or a larger distance.");
        } else {
            long from = (long) found.page() * found.pageSize() + 1;
            long to = from + found.hits().size() - 1;
            summary.setText(found.total() + (found.total() == 1 ? " vacancy" : " vacancies") + " found"
                    + (found.total() > found.hits().size() ? ", showing " + from + " to " + to : ""));
        }
        for (VacancyHit hit : found.hits()) {
            results.add(card(hit));
        }
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * found.pageSize() < found.total());
    }

    private Div card(VacancyHit hit) {
        H2 title = new H2(new RouterLink(hit.title(), PublicVacancyView.class, hit.id()));
        Span where = new Span(hit.organisationName() + " · " + hit.postcodeDistrict() + ", " + hit.localAuthority()
                + (hit.distanceKm() == null ? "" : " · " + hit.distanceKm() + " km away"));
        Span terms = new Span(WorkModes.label(hit.workMode()) + " · "
                + VacancyText.hours(hit.hoursMin(), hit.hoursMax()) + " · "
                + VacancyText.pay(hit.payMin(), hit.payMax(),
                hit.payPeriod() == null ? null : PayPeriod.valueOf(hit.payPeriod()).label()));
        Span closes = new Span("Closes " + DATE.format(hit.closingDate()));
        Div card = new Div(title, new Paragraph(where), new Paragraph(terms), new Paragraph(closes));
        card.addClassName("ww-card");
        return card;
    }
}
