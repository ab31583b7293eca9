package org.workingwin.portal.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String written(String[]... rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (String[] row : rows) {
            csv.row(row);
        }
        return out.toString();
    }

    @Test
    void plain_cells_are_written_as_they_are_with_crlf_line_ends() {
        assertThat(written(new String[] {"When", "Who", "Participant"}, new String[] {"1 May 2026", "Ann Lee", "42"}))
                .isEqualTo("When,Who,Participant\r\n1 May 2026,Ann Lee,42\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() {
        assertThat(written(new String[] {"Lee, Ann", "say \"hi\"", "two\nlines", "cr\rhere", "", null}))
                .isEqualTo("\"Lee, Ann\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,\r\n");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_starts_with_a_single_quote() {
        assertThat(written(new String[] {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+44 114", "-2+3",
                "@SUM(A1:A2)", "\tTab", "\rReturn", "a=b", "Ann+Bob"}))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'+44 114,'-2+3,"
                        + "'@SUM(A1:A2),'\tTab,\"'\rReturn\",a=b,Ann+Bob\r\n");
    }

    @Test
    void unicode_is_kept_as_it_is() {
        assertThat(CsvWriter.cell("Zoë 😀 مرحبا")).isEqualTo("Zoë 😀 مرحبا");
        assertThat(written(new String[0])).isEqualTo("\r\n");
        assertThat(new CsvWriter(new StringWriter()).row(Arrays.asList("x", null)).getClass()).isEqualTo(CsvWriter.class);
    }
}
