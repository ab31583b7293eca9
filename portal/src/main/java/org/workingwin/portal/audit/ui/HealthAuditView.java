package org.workingwin.portal.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.audit.AuditFilter;
import org.workingwin.portal.audit.AuditLine;
import org.workingwin.portal.audit.HealthAudit;
import org.workingwin.portal.base.audit.HealthAction;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.CsvDownload;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.MainLayout;

/**
 * Administrators read the health-data audit trail, newest first, narrowed by participant, person,
 * action and dates. The page only reads: the trail cannot be changed from the portal.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("Audit log | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class HealthAuditView extends VerticalLayout {

    final TextField participant = new TextField("Participant (trial reference or record number)");
    final TextField who = new TextField("Who (email)");
    final Select<HealthAction> action = SelectNames.named(new Select<>());
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditLine> grid = new Grid<>(AuditLine.class, false);
    private final ConfigurableFilterDataProvider<AuditLine, Void, AuditFilter> lines;
    final Anchor download;
    /** The filter on screen, read by the download (which runs outside the session's lock). */
    private volatile AuditFilter shown = AuditFilter.ANY;

    public HealthAuditView(HealthAudit audit) {
        SignedInUser user = CurrentUser.require();
        addClassName("ww-page");
        participant.setMaxLength(AuditFilter.TEXT_MAX);
        who.setMaxLength(AuditFilter.TEXT_MAX);
        from.setLocale(java.util.Locale.UK);
        to.setLocale(java.util.Locale.UK);
        action.setLabel("Action");
        action.setItems(HealthAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any");
        action.setItemLabelGenerator(a -> a == null ? "Any" : label(a));
        grid.addColumn(l -> DateTimes.dateTime(l.at())).setHeader("When");
        grid.addColumn(l -> l.who() + " (" + l.role().toLowerCase(java.util.Locale.ROOT) + ")").setHeader("Who")
                .setFlexGrow(2);
        grid.addColumn(l -> label(l.action())).setHeader("Action");
        grid.addColumn(AuditLine::what).setHeader("What").setFlexGrow(2);
        grid.addColumn(AuditLine::participantId).setHeader("Participant record");
        grid.addColumn(AuditLine::via).setHeader("From").setFlexGrow(3);
        lines = new CallbackDataProvider<AuditLine, AuditFilter>(
                q -> audit.search(user, q.getFilter().orElse(AuditFilter.ANY), q.getOffset(), q.getLimit()).stream(),
                q -> Math.toIntExact(audit.count(user, q.getFilter().orElse(AuditFilter.ANY))))
                .withConfigurableFilter();
        grid.setItems(lines);
        grid.setAriaLabel("Reads and changes of participants' health data");
        grid.setEmptyStateText("Nothing matches these filters.");
        participant.setValueChangeMode(ValueChangeMode.LAZY);
        who.setValueChangeMode(ValueChangeMode.LAZY);
        participant.addValueChangeListener(e -> refilter());
        who.addValueChangeListener(e -> refilter());
        action.addValueChangeListener(e -> refilter());
        from.addValueChangeListener(e -> refilter());
        to.addValueChangeListener(e -> refilter());
        download = CsvDownload.link("Download these lines as CSV", "audit-log.csv", "download-audit-csv", writer -> {
            writer.write('\uFEFF'); // so spreadsheets read names as UTF-8
            audit.writeCsv(user, shown, writer); // streamed page by page, never whole in memory
        });
        HorizontalLayout filters = new HorizontalLayout(participant, who, action, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Audit log"), new Paragraph("Every read and change of participants' needs, notes and "
                + "disclosures: who, what, when and from which page or API endpoint. Nobody can change it."),
                filters, download, grid);
    }

    private void refilter() {
        shown = new AuditFilter(participant.getValue(), who.getValue(), action.getValue(), from.getValue(),
                to.getValue());
        lines.setFilter(shown);
    }

    static String label(HealthAction action) {
        return switch (action) {
            case READ -> "Read";
            case CHANGE -> "Changed";
            case DISCLOSE -> "Disclosed";
            case EXPORT -> "Exported";
            case ERASE -> "Deleted";
        };
    }
}
