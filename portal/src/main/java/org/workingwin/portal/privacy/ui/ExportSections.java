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
import java.util.Locale;
import java.util.Map;
import org.workingwin.portal.privacy.ParticipantExport;

/**
 * A participant's export as a page: each table a heading, each row a list of its fields, and a link to
 * the same data as JSON. The JSON is made once, with the page, so opening the page is one export.
 */
final class ExportSections {

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
                row.forEach((column, value) -> fields.add(new Term(label(column)),
                        new Description(value == null || String.valueOf(value).isBlank() ? "(empty)"
                                : String.valueOf(value))));
                all.add(fields);
            }
        }
        return all;
    }

    /** "first_name" → "First name". */
    static String label(String column) {
        String words = column.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
