package org.workingwin.portal.vacancy.csv;

import java.util.List;
import java.util.Map;
import org.workingwin.portal.vacancy.VacancyDraft;

/**
 * What an uploaded file would import, checked row by row, before anything is saved: problems with the
 * file as a whole, each row with its problems by column, and columns the import does not use.
 */
public record ImportPreview(List<Row> rows, List<String> fileProblems, List<String> unusedColumns) {

    /** One vacancy of the file, numbered as the spreadsheet numbers its rows (the header is row 1). */
    public record Row(int number, VacancyDraft draft, Map<String, String> problems) {

        public boolean ready() {
            return problems.isEmpty();
        }

        /** "closing_date: The closing date must be today or later; postcode: …", for a table cell. */
        public String problemText() {
            return String.join("; ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        }
    }

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.ready()).count();
    }

    /** Every row can be saved: the import is all or nothing, so one bad row holds back the rest. */
    public boolean ready() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rowsWithProblems() == 0;
    }

    public List<VacancyDraft> drafts() {
        return rows.stream().map(Row::draft).toList();
    }
}
