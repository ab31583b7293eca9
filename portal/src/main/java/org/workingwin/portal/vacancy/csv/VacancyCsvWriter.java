package org.workingwin.portal.vacancy.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.workingwin.portal.base.csv.CsvWriter;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Writes the template and the employer's export in the columns {@link VacancyCsvReader} reads, so an
 * export can be edited and imported again (as new vacancies). Values are written as the reader's plain
 * words ("on site", "fixed term", "hour") and dates as ISO, which every spreadsheet reads.
 */
final class VacancyCsvWriter {

    /** The export's extra columns, before the template's; the import passes over them. */
    static final List<String> EXPORT_ONLY = List.of("reference", "status");

    private static final String SEPARATOR = VacancyCsvReader.LIST_SEPARATOR + " ";

    private VacancyCsvWriter() {
    }

    static void template(Writer out, LocalDate today) {
        CsvWriter csv = start(out);
        csv.row(headers());
        csv.row("Shop assistant", "Serving customers, stocking shelves and keeping the shop tidy. Training given.",
                "7111", "Sales and retail assistants", "S1 2HE", "on site", "16", "24", "days; weekends", "permanent",
                "12.21", "12.80", "hour", today.plusDays(28).toString(), "2",
                "flexible_start: start between 8 and 10; frequent_breaks", "prolonged_standing");
        csv.flush();
    }

    static CsvWriter export(Writer out) {
        CsvWriter csv = start(out);
        List<String> headers = new ArrayList<>(EXPORT_ONLY);
        headers.addAll(headers());
        csv.row(headers);
        return csv;
    }

    static void exportRow(CsvWriter csv, VacancyDetails details) {
        Vacancy v = details.vacancy();
        VacancyDraft d = VacancyService.toDraft(details);
        List<String> cells = new ArrayList<>(List.of(String.valueOf(v.id()), v.status().label()));
        cells.addAll(Arrays.asList(d.title(), d.description(), d.occupationCode(), d.occupationTitle(), d.postcode(),
                word(d.workMode()), number(d.hoursMin()), number(d.hoursMax()),
                d.patterns().stream().sorted().map(VacancyCsvWriter::word).collect(Collectors.joining(SEPARATOR)),
                word(d.contractType()), money(d.payMin()), money(d.payMax()), word(d.payPeriod()),
                d.closingDate().toString(), String.valueOf(d.positions()),
                d.adjustments().entrySet().stream().map(a -> adjustment(a.getKey(), a.getValue()))
                        .collect(Collectors.joining(SEPARATOR)),
                String.join(SEPARATOR, d.demands())));
        csv.row(cells);
    }

    private static CsvWriter start(Writer out) {
        try {
            out.write('\uFEFF'); // so spreadsheets read the file as UTF-8
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvWriter(out);
    }

    private static List<String> headers() {
        return Arrays.stream(VacancyColumn.values()).map(c -> c.header).toList();
    }

    private static String adjustment(String code, String note) {
        // A note holding the list separator would split on import, so it becomes a comma.
        return note == null || note.isEmpty() ? code : code + VacancyCsvReader.NOTE_SEPARATOR + " "
                + note.replace(VacancyCsvReader.LIST_SEPARATOR, ",");
    }

    static String word(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
