package org.workingwin.portal.report;

import java.util.List;

/**
 * One report as every view of it needs it: a title, a one-sentence summary (also the chart's text
 * alternative), the table (headers and rows of text, exactly what the CSV holds) and, for reports that
 * are a single series, the bars of its chart.
 */
public record Report(String key, String title, String summary, List<String> headers, List<List<String>> rows,
                     List<Bar> chart) {

    /** One bar: its label and value. */
    public record Bar(String label, long value) {
    }

    /** A single-series report: the table is the bars, label then value. */
    static Report ofBars(String key, String title, String summary, String labelHeader, String valueHeader,
                         List<Bar> bars) {
        return new Report(key, title, summary, List.of(labelHeader, valueHeader),
                bars.stream().map(b -> List.of(b.label(), Long.toString(b.value()))).toList(), bars);
    }
}
