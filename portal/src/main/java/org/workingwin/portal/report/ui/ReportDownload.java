package org.workingwin.portal.report.ui;

import com.vaadin.flow.component.html.Anchor;
import org.workingwin.portal.base.ui.CsvDownload;
import org.workingwin.portal.report.Report;
import org.workingwin.portal.report.ReportService;

/** The "Download as CSV" link under a report's table: the same rows, written when asked for. */
final class ReportDownload {

    private ReportDownload() {
    }

    static Anchor link(Report report, ReportService reports) {
        return CsvDownload.link("Download " + lowerFirst(report.title()) + " as CSV", report.key() + ".csv",
                "download-" + report.key(), writer -> {
                    writer.write('\uFEFF'); // so spreadsheets read names as UTF-8
                    reports.writeCsv(report, writer);
                });
    }

    /** "Pipeline funnel" reads "pipeline funnel" mid-sentence; "IPS figures" keeps its capitals. */
    static String lowerFirst(String title) {
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(1));
        return acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
