package org.workingwin.portal.vacancy.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.WorkModes;
import org.workingwin.portal.vacancy.WorkPattern;

/**
 * Reads a spreadsheet saved as CSV into vacancy drafts, forgiving what spreadsheets do to values: columns
 * in any order and case, labels or codes ("Hybrid", "fixed term", "per hour"), UK dates (31/01/2027) as
 * well as ISO ones, "£12.50" and "25,000", blank rows, a byte-order mark, and Excel's older Windows-1252
 * "CSV" as well as UTF-8. What it cannot read becomes a problem named by row and column; the values it
 * can read are kept, so the validator can report the rest of the row too.
 */
final class VacancyCsvReader {

    static final int MAX_ROWS = 10_000;
    /** Separates the items of a list cell (patterns, adjustments, demands). */
    static final String LIST_SEPARATOR = ";";
    /** Separates an adjustment's code from its note: "flexible_hours: start between 8 and 10". */
    static final String NOTE_SEPARATOR = ":";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private VacancyCsvReader() {
    }

    static ImportPreview read(byte[] file) {
        String text = decode(file);
        if (text.isBlank()) {
            return new ImportPreview(List.of(), List.of("The file is empty. Start from the template: its first row names "
                    + "the columns and each row after it is one vacancy."), List.of());
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<VacancyColumn, Integer> positions = new EnumMap<>(VacancyColumn.class);
            List<String> unused = new ArrayList<>();
            List<String> headers = parser.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i);
                var column = VacancyColumn.byHeader(header);
                if (column.isPresent() && !positions.containsKey(column.get())) {
                    positions.put(column.get(), i);
                } else if (!header.isBlank()) {
                    unused.add(header.strip());
                }
            }
            List<String> missing = EnumSet.allOf(VacancyColumn.class).stream()
                    .filter(c -> c.required && !positions.containsKey(c)).map(c -> c.header).toList();
            if (!missing.isEmpty()) {
                return new ImportPreview(List.of(), List.of("The first row must name the columns; "
                        + (missing.size() == 1 ? "this one is" : "these are") + " missing: " + String.join(", ", missing)
                        + ". Start from the template, which has them all."), unused);
            }
            List<ImportPreview.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return new ImportPreview(List.of(), List.of("The file has more than " + String.format("%,d", MAX_ROWS)
                            + " vacancies. Split it into files of " + String.format("%,d", MAX_ROWS)
                            + " or fewer and import each."), unused);
                }
                // Spreadsheet row numbers: the header is row 1, and a blank row still takes a number.
                rows.add(row((int) record.getRecordNumber() + 1, record, positions));
            }
            if (rows.isEmpty()) {
                return new ImportPreview(List.of(), List.of("The file has the column names but no vacancies below them."),
                        unused);
            }
            return new ImportPreview(rows, List.of(), unused);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports a quote left open, for example, with the line it noticed it on.
            return new ImportPreview(List.of(), List.of("The file could not be read as CSV: check that it was saved as "
                    + "\"CSV UTF-8 (comma delimited)\" and that every quote \" that opens a cell also closes it."),
                    List.of());
        }
    }

    private static ImportPreview.Row row(int number, CSVRecord record, Map<VacancyColumn, Integer> positions) {
        Cells cells = new Cells(record, positions);
        Map<String, String> problems = new LinkedHashMap<>();
        VacancyDraft draft = new VacancyDraft(
                cells.text(VacancyColumn.TITLE), cells.text(VacancyColumn.DESCRIPTION),
                cells.text(VacancyColumn.OCCUPATION_CODE), cells.text(VacancyColumn.OCCUPATION_TITLE),
                cells.text(VacancyColumn.POSTCODE),
                cells.parse(VacancyColumn.WORK_MODE, problems, v -> choice(v, WorkMode.values(), WorkModes::label),
                        "Use on site, hybrid or remote"),
                cells.parse(VacancyColumn.HOURS_MIN, problems, VacancyCsvReader::number, "Give a number of hours, like 16"),
                cells.parse(VacancyColumn.HOURS_MAX, problems, VacancyCsvReader::number, "Give a number of hours, like 37.5"),
                patterns(cells, problems),
                cells.parse(VacancyColumn.CONTRACT_TYPE, problems,
                        v -> choice(v, ContractType.values(), ContractType::label),
                        "Use permanent, fixed term, temporary or apprenticeship"),
                cells.parse(VacancyColumn.PAY_MIN, problems, VacancyCsvReader::money, "Give an amount in pounds, like 12.50"),
                cells.parse(VacancyColumn.PAY_MAX, problems, VacancyCsvReader::money, "Give an amount in pounds, like 25000"),
                cells.parse(VacancyColumn.PAY_PERIOD, problems, v -> choice(v, PayPeriod.values(), PayPeriod::label),
                        "Use hour, week, month or year"),
                cells.parse(VacancyColumn.CLOSING_DATE, problems, VacancyCsvReader::date,
                        "Give the date as 2027-01-31 or 31/01/2027"),
                cells.parse(VacancyColumn.POSITIONS, problems, Integer::valueOf, "Give a whole number, like 1"),
                adjustments(cells.text(VacancyColumn.ADJUSTMENTS)),
                new TreeSet<>(items(cells.text(VacancyColumn.DEMANDS))));
        return new ImportPreview.Row(number, draft, problems);
    }

    private static Set<WorkPattern> patterns(Cells cells, Map<String, String> problems) {
        Set<WorkPattern> patterns = EnumSet.noneOf(WorkPattern.class);
        for (String item : items(cells.text(VacancyColumn.PATTERNS))) {
            WorkPattern pattern = choice(item, WorkPattern.values(), WorkPattern::label);
            if (pattern == null) {
                problems.put(VacancyColumn.PATTERNS.header, "Use days, evenings, nights or weekends, separated by "
                        + LIST_SEPARATOR + " (not \"" + item + "\")");
            } else {
                patterns.add(pattern);
            }
        }
        return patterns;
    }

    /** "flexible_hours: start between 8 and 10; quiet_space" to codes with optional notes, in order. */
    private static Map<String, String> adjustments(String cell) {
        Map<String, String> adjustments = new LinkedHashMap<>();
        for (String item : items(cell)) {
            int colon = item.indexOf(NOTE_SEPARATOR);
            String code = colon < 0 ? item : item.substring(0, colon).strip();
            adjustments.put(code.toLowerCase(Locale.ROOT), colon < 0 ? "" : item.substring(colon + 1).strip());
        }
        return adjustments;
    }

    private static List<String> items(String cell) {
        if (cell == null) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A value matched by its code (ON_SITE) or its label (On site), ignoring case, spaces and "per". */
    static <E extends Enum<E>> E choice(String value, E[] values, Function<E, String> label) {
        String wanted = simple(value);
        for (E e : values) {
            if (simple(e.name()).equals(wanted) || simple(label.apply(e)).equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    private static String simple(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return t.startsWith("per ") ? t.substring(4) : t;
    }

    private static Double number(String value) {
        // No thousands separator in hours: "1,5" is more likely one and a half than fifteen, so it is refused.
        double d = Double.parseDouble(value);
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(value);
        }
        return d;
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value.replace("£", "").replace(",", "").strip());
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(value, UK_DATE);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte-order mark dropped), otherwise Excel's Windows-1252. */
    static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(file, WINDOWS_1252);
        }
    }

    /** The cells of one record by column, stripped, empty as null, with our export's formula guard removed. */
    private record Cells(CSVRecord record, Map<VacancyColumn, Integer> positions) {

        String text(VacancyColumn column) {
            Integer at = positions.get(column);
            if (at == null || at >= record.size()) {
                return null;
            }
            String value = record.get(at).strip();
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1); // the export's guard against spreadsheet formulas, not the employer's text
            }
            return value.isEmpty() ? null : value;
        }

        <T> T parse(VacancyColumn column, Map<String, String> problems, Function<String, T> parser, String problem) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            T parsed;
            try {
                parsed = parser.apply(value);
            } catch (RuntimeException e) {
                parsed = null;
            }
            if (parsed == null) {
                problems.put(column.header, problem + " (not \"" + shorten(value) + "\")");
            }
            return parsed;
        }

        private static String shorten(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
