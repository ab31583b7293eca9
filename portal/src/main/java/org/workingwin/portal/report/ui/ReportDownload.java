package org.workingwin.portal.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.workingwin.portal.report.Report;
import org.workingwin.portal.report.ReportService;

/** The "Download as CSV" link under a report's table: the same rows, written when asked for. */
final class ReportDownload {

    private ReportDownload() {
    }

    static Anchor link(Report report, ReportService reports) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(report.key() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            OutputStreamWriter writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so spreadsheets read names as UTF-8
            reports.writeCsv(report, writer);
        }, "Download " + lowerFirst(report.title()) + " as CSV");
        link.setId("download-" + report.key());
        return link;
    }

    /** "Pipeline funnel" reads "pipeline funnel" mid-sentence; "IPS figures" keeps its capitals. */
    static String lowerFirst(String title) {
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(1));
        return acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
