package org.workingwin.portal.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.privacy.ParticipantExport;

/**
 * A participant's export as a page: each table a heading, each row a list of its fields, and a link to
 * the same data as JSON. The JSON is made once, with the page, so opening the page is one export.
 */
final class ExportSections {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ExportSections() {
    }

    static Anchor download(ParticipantExport export, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "working-win-data-" + export.reference() + ".json",
                "application/json", bytes.length)), "Download JSON");
        link.setId("download-json");
        return link;
    }

    static Div sections(ParticipantExport export) {
        Div all = new Div();
        all.setId("export-sections");
        for (ParticipantExport.Section section : export.sections()) {
            all.add(new H2(section.title()));
            if (section.rows().isEmpty()) {
                all.add(new Paragraph("None held."));
            }
            int number = 1;
            for (Map<String, Object> row : section.rows()) {
                if (section.rows().size() > 1) {
                    all.add(new H3(section.title() + ": " + number++ + " of " + section.rows().size()));
                }
                DescriptionList fields = new DescriptionList();
                fields.addClassName("ww-facts");
                row.forEach((column, value) -> {
                    Description shown = new Description(shown(value));
                    // History entries hold one change per line; keep them on their lines.
                    shown.getStyle().set("white-space", "pre-line");
                    fields.add(new Term(label(column)), shown);
                });
                all.add(fields);
            }
        }
        return all;
    }

    /**
     * A value as people read it: yes or no, dates and times in UK words, "Not recorded" for nothing. The
     * JSON download keeps the exact stored values (ISO dates, UTC times, true and false).
     */
    static String shown(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (text.isBlank()) {
            return "Not recorded";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        try {
            if (INSTANT.matcher(text).matches()) {
                return DateTimes.dateTime(Instant.parse(text));
            }
            if (DATE.matcher(text).matches()) {
                return DateTimes.date(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            return text;
        }
        return text;
    }

    /** "first_name" → "First name". */
    static String label(String column) {
        String words = column.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
