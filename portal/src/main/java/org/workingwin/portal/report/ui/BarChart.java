package org.workingwin.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.stream.Collectors;
import org.workingwin.portal.report.Report;

/**
 * A report's bars drawn with Chart.js (MIT licence, from the npm registry) in the {@code ww-bar-chart}
 * element (frontend/components). The chart is an image named by the report's summary; the table beside
 * it is the accessible view of the same figures.
 */
@Tag("ww-bar-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/ww-bar-chart.js")
class BarChart extends Component implements HasSize {

    BarChart(Report report, String seriesLabel) {
        List<Report.Bar> bars = report.chart();
        boolean horizontal = bars.stream().anyMatch(b -> b.label().length() > 12);
        getElement().setAttribute("chart", "{\"labels\":[" + bars.stream().map(b -> quote(b.label()))
                .collect(Collectors.joining(",")) + "],\"values\":[" + bars.stream().map(b -> Long.toString(b.value()))
                .collect(Collectors.joining(",")) + "],\"label\":" + quote(seriesLabel) + ",\"summary\":"
                + quote(report.summary()) + ",\"horizontal\":" + horizontal + "}");
        setWidthFull();
        // Room for every bar's label when the bars lie on their side.
        setHeight(horizontal ? Math.max(12, bars.size() * 2 + 4) + "rem" : "18rem");
        getElement().getStyle().set("display", "block");
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
