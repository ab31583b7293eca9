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
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.BrowseSort;
import org.workingwin.matching.vacancy.VacancyHit;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.search.ParticipantSearches;
import org.workingwin.portal.search.PublicBrowse;
import org.workingwin.portal.search.SearchLimits;
import org.workingwin.portal.search.VacancySearchService;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.WorkModes;
import org.workingwin.portal.vacancy.ui.PublicVacancyView;
import org.workingwin.portal.vacancy.ui.VacancyText;

/**
 * Anyone can browse published vacancies: words, distance from a postcode, hours a week, and filters with
 * a count next to every value (work mode, contract, area, adjustments offered); sorted and paged.
 */
@Route(value = "vacancies", layout = MainLayout.class)
@PageTitle("Vacancies | Working Win")
@AnonymousAllowed
@Prototype
public class VacancySearchView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final VacancySearchService search;
    final TextField keywords = new TextField("Job title or keywords");
    final TextField postcode = new TextField("Near postcode (optional)");
    final Select<Integer> distance = SelectNames.named(new Select<>());
    final Select<BrowseSort> sort = SelectNames.named(new Select<>());
    final NumberField hoursMin = new NumberField("Hours a week, from");
    final NumberField hoursMax = new NumberField("to");
    final Button find = new Button("Search");
    final FacetFilter workModes;
    final FacetFilter contracts;
    final FacetFilter areas;
    final FacetFilter adjustments;
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button("Previous page");
    final Button next = new Button("Next page");
    private final FormErrors errors = new FormErrors();
    private int page;

    final Button save = new Button("Save this search");

    public VacancySearchView(VacancySearchService search, Taxonomy taxonomy, ParticipantSearches participantSearches) {
        this.search = search;
        java.util.Optional<SignedInUser> participant = CurrentUser.get().filter(u -> u.is(Role.PARTICIPANT));
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
        for (NumberField hours : List.of(hoursMin, hoursMax)) {
            hours.setMin(0);
            hours.setMax(60);
            hours.setWidth("8em");
            hours.setClearButtonVisible(true);
        }
        hoursMin.setId("hours-min");
        hoursMax.setId("hours-max");
        sort.setLabel("Sort by");
        sort.setItems(BrowseSort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case RELEVANCE -> "Best match";
            case DISTANCE -> "Nearest first";
            case NEWEST -> "Newest first";
        });
        sort.setValue(BrowseSort.RELEVANCE);
        sort.setId("sort");
        sort.addValueChangeListener(e -> restart());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("search");
        find.addClickShortcut(Key.ENTER);
        find.addClickListener(e -> restart());
        workModes = new FacetFilter("Where the work is done", "filter-work-mode",
                code -> WorkModes.label(WorkMode.valueOf(code)), this::restart);
        contracts = new FacetFilter("Contract", "filter-contract",
                code -> ContractType.valueOf(code).label(), this::restart);
        areas = new FacetFilter("Area", "filter-area", name -> name, this::restart);
        adjustments = new FacetFilter("Offers these adjustments", "filter-adjustment",
                code -> taxonomy.adjustment(code).map(Adjustment::label).orElse(code), this::restart);
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
        errors.bind("postcode", postcode).bind("radiusKm", distance).bind("hoursMin", hoursMin)
                .bind("hoursMax", hoursMax);
        HorizontalLayout form = new HorizontalLayout(keywords, postcode, distance, hoursMin, hoursMax, sort, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        Div filters = new Div(new H2("Filters"), workModes, contracts, areas, adjustments);
        filters.addClassName("ww-filters");
        Div list = new Div(summary, results, new HorizontalLayout(previous, next));
        list.addClassName("ww-results");
        Div body = new Div(filters, list);
        body.addClassName("ww-browse");
        add(new H1("Vacancies"), new Paragraph("Every vacancy here has been checked by a Working Win specialist."),
                form);
        participant.ifPresent(me -> {
            // A participant searches near home unless they change it.
            participantSearches.homeDistrict(me).ifPresent(postcode::setValue);
            save.setId("save-search");
            save.addClickListener(e -> saveDialog(participantSearches, me));
            add(new HorizontalLayout(save, new com.vaadin.flow.component.html.Anchor("me/saved-searches",
                    "My saved searches")));
        });
        add(body);
        run();
    }

    private void restart() {
        page = 0;
        run();
    }

    private PublicBrowse current() {
        boolean near = !postcode.getValue().isBlank();
        return new PublicBrowse(keywords.getValue(), postcode.getValue(),
                near ? distance.getValue().doubleValue() : null, hoursMin.getValue(), hoursMax.getValue(),
                workModes.getValue().stream().map(WorkMode::valueOf).collect(Collectors.toSet()),
                contracts.getValue(), areas.getValue(), adjustments.getValue(), sort.getValue(), page,
                SearchLimits.PAGE_SIZE);
    }

    private void saveDialog(ParticipantSearches participantSearches, SignedInUser me) {
        TextField name = new TextField("Name of this search");
        name.setValue(keywords.getValue().isBlank() ? "My search" : keywords.getValue().strip());
        name.setMaxLength(ParticipantSearches.NAME_MAX);
        name.setId("search-name");
        new ActionDialog("Save this search", "Save", "confirm-save-search",
                () -> participantSearches.save(me, name.getValue(), current()),
                () -> FormErrors.success("Search saved. We will email you new jobs that match it, once a day."))
                .content(new Paragraph("We will email you new jobs that match this search, once a day."))
                .field("name", name).open();
    }

    private void run() {
        try {
            BrowseResult found = search.browse(current());
            errors.clear();
            show(found);
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private void show(BrowseResult found) {
        workModes.show(found.facets().getOrDefault(BrowseResult.WORK_MODE, List.of()));
        contracts.show(found.facets().getOrDefault(BrowseResult.CONTRACT_TYPE, List.of()));
        areas.show(found.facets().getOrDefault(BrowseResult.LOCAL_AUTHORITY, List.of()));
        adjustments.show(found.facets().getOrDefault(BrowseResult.ADJUSTMENT, List.of()));
        results.removeAll();
        if (found.total() == 0) {
            summary.setText("Nothing found. Try other words, a larger distance or fewer filters.");
        } else {
            long from = (long) found.page() * found.pageSize() + 1;
            long to = from + found.hits().size() - 1;
            summary.setText(found.total() + (found.total() == 1 ? " vacancy" : " vacancies") + " found"
                    + (found.total() > found.hits().size() ? ", showing " + from + " to " + to : ""));
        }
        found.hits().forEach(hit -> results.add(card(hit)));
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
