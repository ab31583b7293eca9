package org.workingwin.portal.base.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV for people to open in a spreadsheet: RFC 4180 (CRLF line ends; a cell holding a comma, a
 * quote, CR or LF is quoted, quotes doubled) and safe against formula injection: a cell that starts
 * with {@code = + - @}, a tab or CR would run as a formula in Excel or LibreOffice, so it gets a
 * leading single quote and is shown as text (OWASP "CSV injection"). Every CSV download uses this.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one row; a null cell is empty. */
    public CsvWriter row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as written: neutralised, then quoted if it needs to be. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsFormula(value.charAt(0)) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
