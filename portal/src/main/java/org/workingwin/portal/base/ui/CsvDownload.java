package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A link that downloads a CSV file, written in UTF-8 when it is clicked (never held whole in memory), for
 * every CSV the portal offers. What goes in the file is the caller's: the services write the cells through
 * {@code base.csv.CsvWriter}, which neutralises spreadsheet formulas.
 */
public final class CsvDownload {

    /** Writes the file's text; may throw, and the download then fails without a page error. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    private CsvDownload() {
    }

    public static Anchor link(String text, String fileName, String id, Body body) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            body.write(writer);
            writer.flush();
        }, text);
        link.setId(id);
        return link;
    }
}
