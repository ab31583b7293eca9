package org.workingwin.portal.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.report.Report;
import org.workingwin.portal.report.ReportService;

/**
 * Reports for a specialist's caseload, or everyone for an administrator: each a chart (where the report is
 * one series), the same figures as a table, and a CSV download of the table.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ReportsView extends VerticalLayout {

    public ReportsView(ReportService reports) {
        SignedInUser user = CurrentUser.require();
        addClassName("ww-page");
        add(new H1("Reports"), new Paragraph(user.is(Role.ADMIN) ? "Figures for every participant and specialist."
                : "Figures for your caseload."));
        for (Report report : reports.reports(user)) {
            add(section(report, reports));
        }
    }

    private static Section section(Report report, ReportService reports) {
        Section section = new Section();
        section.setId("report-" + report.key());
        section.setWidthFull();
        H2 title = new H2(report.title());
        section.add(title, new Paragraph(report.summary()));
        if (!report.chart().isEmpty() && report.chart().stream().anyMatch(b -> b.value() > 0)) {
            section.add(new BarChart(report, report.headers().get(1)));
        }
        section.add(new Div(table(report)), ReportDownload.link(report, reports));
        return section;
    }

    private static NativeTable table(Report report) {
        NativeTable table = new NativeTable();
        table.addClassName("ww-report-table");
        NativeTableRow headers = new NativeTableRow();
        report.headers().forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headers.add(cell);
        });
        NativeTableHeader head = new NativeTableHeader();
        head.add(headers);
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : report.rows()) {
            NativeTableRow tr = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell first = new NativeTableHeaderCell(row.get(i));
                    first.getElement().setAttribute("scope", "row");
                    tr.add(first);
                } else {
                    tr.add(new NativeTableCell(row.get(i)));
                }
            }
            body.add(tr);
        }
        if (report.rows().isEmpty()) {
            NativeTableRow none = new NativeTableRow();
            NativeTableCell cell = new NativeTableCell("Nothing to count yet.");
            cell.getElement().setAttribute("colspan", Integer.toString(report.headers().size()));
            none.add(cell);
            body.add(none);
        }
        table.add(head, body);
        return table;
    }
}
