package org.workingwin.portal.passport;

import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the passport with OpenPDF (LGPL/MPL): a title, what the participant chose to show about
 * themselves and the job, each agreed adjustment with what it means and how it works here, their own
 * words, and where to find out more. A4, the PDF's standard Helvetica, so any PDF reader shows it.
 */
final class PassportPdf {

    static final String TITLE = "Workplace adjustment passport";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 11);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    /** What goes in; a null part was left out by the participant. */
    record Content(@Nullable String name, @Nullable String job, @Nullable LocalDate startDate,
                   List<PassportJob.Agreed> adjustments, @Nullable String inTheirWords,
                   @Nullable String specialist, LocalDate madeOn) {
    }

    private PassportPdf() {
    }

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(TITLE);
        document.addCreator("Working Win");
        document.open();
        document.add(new Paragraph(TITLE, HEADING));
        document.add(spaced(new Paragraph("This sets out the workplace adjustments agreed with my employer, so that "
                + "a new manager, or an Access to Work application, can see what helps me do my job well.", TEXT)));
        if (c.name() != null) {
            document.add(new Paragraph("Name: " + c.name(), TEXT));
        }
        if (c.job() != null) {
            document.add(new Paragraph("Job: " + c.job(), TEXT));
        }
        if (c.startDate() != null) {
            document.add(new Paragraph("Started: " + DATE.format(c.startDate()), TEXT));
        }
        document.add(spaced(new Paragraph("Adjustments agreed", SUBHEADING)));
        if (c.adjustments().isEmpty()) {
            document.add(new Paragraph("None chosen for this passport.", TEXT));
        }
        for (PassportJob.Agreed a : c.adjustments()) {
            Paragraph label = new Paragraph(a.label(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
            label.setSpacingBefore(6);
            document.add(label);
            document.add(new Paragraph(a.description(), TEXT));
            if (a.note() != null) {
                document.add(new Paragraph("How it works here: " + a.note(), TEXT));
            }
            document.add(new Paragraph("Agreed on " + DATE.format(a.agreedOn()), SMALL));
        }
        if (c.inTheirWords() != null) {
            document.add(spaced(new Paragraph("In my words", SUBHEADING)));
            document.add(new Paragraph(c.inTheirWords(), TEXT));
        }
        if (c.specialist() != null) {
            document.add(spaced(new Paragraph("My Working Win employment specialist: " + c.specialist(), TEXT)));
        }
        document.add(spaced(new Paragraph("Made with Working Win on " + DATE.format(c.madeOn()) + ". Access to Work "
                + "can help pay for support at work: www.gov.uk/access-to-work", SMALL)));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(12);
        return p;
    }
}
