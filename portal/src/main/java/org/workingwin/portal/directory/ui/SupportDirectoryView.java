package org.workingwin.portal.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.DirectoryLimits;
import org.workingwin.portal.directory.DirectoryQuery;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.ServiceArea;
import org.workingwin.portal.directory.SupportDirectoryService;

/**
 * Anyone finds local organisations that help with work, skills, money and health, by area, kind of help,
 * who it is for and words. {@code support?area=<code>&kind=<code>&for=<code>&q=<words>} opens it filtered.
 */
@Route(value = "support", layout = MainLayout.class)
@PageTitle("Local support | Working Win")
@AnonymousAllowed
@Prototype
public class SupportDirectoryView extends VerticalLayout implements BeforeEnterObserver {

    private final SupportDirectoryService directory;
    final Select<ServiceArea> area = SelectNames.named(new Select<>());
    final Select<HelpKind> kind = SelectNames.named(new Select<>());
    final Select<Audience> audience = SelectNames.named(new Select<>());
    final TextField keywords = new TextField("Words to look for (optional)");
    final Button find = new Button("Search");
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button("Previous page");
    final Button next = new Button("Next page");
    private int page;
    private boolean applyingLink;

    public SupportDirectoryView(SupportDirectoryService directory) {
        this.directory = directory;
        addClassName("ww-page");
        area.setLabel("Area");
        area.setItems(ServiceArea.ALL);
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("All areas");
        area.setItemLabelGenerator(a -> a == null ? "All areas" : a.name());
        area.setId("filter-area");
        kind.setLabel("Kind of help");
        kind.setItems(HelpKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind of help");
        kind.setItemLabelGenerator(k -> k == null ? "Any kind of help" : k.label());
        kind.setId("filter-kind");
        audience.setLabel("Who it is for");
        // A listing for anyone is found whichever group is chosen, so "Anyone" itself is not a filter.
        audience.setItems(Arrays.stream(Audience.values()).filter(a -> a != Audience.ANYONE).toList());
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption("Everyone");
        audience.setItemLabelGenerator(a -> a == null ? "Everyone" : a.label());
        audience.setId("filter-audience");
        List.of(area, kind, audience).forEach(s -> s.addValueChangeListener(e -> {
            if (!applyingLink) {
                restart();
            }
        }));
        keywords.setMaxLength(DirectoryLimits.KEYWORDS_MAX);
        keywords.setClearButtonVisible(true);
        keywords.setHelperText("For example: debt, volunteering, back pain");
        keywords.setId("keywords");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("search");
        find.addClickShortcut(Key.ENTER);
        find.addClickListener(e -> restart());
        previous.setId("previous-page");
        previous.addClickListener(e -> {
            page--;
            run();
        });
        next.setId("next-page");
        next.addClickListener(e -> {
            page++;
            run();
        });
        summary.setId("result-summary");
        summary.getElement().setAttribute("role", "status");
        results.setId("results");

        // Two wide columns: the longest choices ("People with a health condition or disability") stay whole.
        FormLayout form = new FormLayout(area, kind, audience, keywords);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        H2 found = new H2("Results");
        found.setId("results-heading");
        Section resultsRegion = new Section(found, summary, results, new HorizontalLayout(previous, next));
        resultsRegion.getElement().setAttribute("aria-labelledby", "results-heading");
        resultsRegion.setWidthFull();
        RouterLink register = new RouterLink("List your organisation", RegisterProviderView.class);
        register.setId("list-your-organisation");
        Div intro = new Div(new Paragraph("Organisations across Barnsley, Bassetlaw, Bolsover, Chesterfield, "
                + "Derbyshire Dales, Doncaster, North East Derbyshire, Rotherham and Sheffield that help with training, "
                + "skills, volunteering, debt and benefits, mental health, and muscle, joint or back pain. "
                + "Get in touch with them directly: you do not need to be on Working Win."),
                new Paragraph(new Span("Every listing is checked by our team before it appears. "
                        + "Does your organisation offer support here? "), register));
        add(new H1("Local support"), intro,
                new H2("Find support"), form, find, resultsRegion);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingLink = true;
        try {
            query.getSingleParameter("area").flatMap(ServiceArea::byCode).ifPresent(area::setValue);
            query.getSingleParameter("kind").flatMap(code -> parse(HelpKind.class, code)).ifPresent(kind::setValue);
            query.getSingleParameter("for").flatMap(code -> parse(Audience.class, code))
                    .filter(a -> a != Audience.ANYONE).ifPresent(audience::setValue);
            query.getSingleParameter("q").ifPresent(keywords::setValue);
        } finally {
            applyingLink = false;
        }
        restart();
    }

    private void restart() {
        page = 0;
        run();
    }

    private void run() {
        DirectoryQuery query = new DirectoryQuery(keywords.getValue(),
                area.getValue() == null ? null : area.getValue().code(), kind.getValue(), audience.getValue());
        long total = directory.count(query);
        int pageSize = DirectoryLimits.PAGE_SIZE;
        List<ProviderListing> listings = directory.search(query, page * pageSize, pageSize);
        results.removeAll();
        if (total == 0) {
            summary.setText("Nothing found. Try other words, another area or fewer choices.");
        } else {
            long from = (long) page * pageSize + 1;
            long to = from + listings.size() - 1;
            summary.setText(total + (total == 1 ? " organisation" : " organisations") + " found"
                    + (total > listings.size() ? ", showing " + from + " to " + to : ""));
        }
        listings.forEach(listing -> results.add(new ListingCard(listing)));
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * pageSize < total);
        previous.setVisible(total > pageSize);
        next.setVisible(total > pageSize);
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst();
    }
}
