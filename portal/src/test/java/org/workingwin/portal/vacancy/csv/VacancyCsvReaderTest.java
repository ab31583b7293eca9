package org.workingwin.portal.vacancy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.WorkPattern;

class VacancyCsvReaderTest {

    private static final String HEADER = "title,description,occupation_code,occupation_title,postcode,work_mode,"
            + "hours_min,hours_max,patterns,contract_type,pay_min,pay_max,pay_period,closing_date,positions,"
            + "adjustments,demands\r\n";

    private static ImportPreview read(String csv) {
        return VacancyCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_template_reads_back_as_its_example_vacancy() {
        StringWriter out = new StringWriter();
        VacancyCsvWriter.template(out, LocalDate.of(2027, 1, 4));
        ImportPreview preview = read(out.toString());

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.unusedColumns()).isEmpty();
        assertThat(preview.rows()).hasSize(1);
        ImportPreview.Row row = preview.rows().getFirst();
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.problems()).isEmpty();
        assertThat(row.draft()).isEqualTo(new VacancyDraft("Shop assistant",
                "Serving customers, stocking shelves and keeping the shop tidy. Training given.", "7111",
                "Sales and retail assistants", "S1 2HE", WorkMode.ON_SITE, 16.0, 24.0,
                EnumSet.of(WorkPattern.DAYS, WorkPattern.WEEKENDS), ContractType.PERMANENT, new BigDecimal("12.21"),
                new BigDecimal("12.80"), PayPeriod.HOUR, LocalDate.of(2027, 2, 1), 2,
                Map.of("flexible_start", "start between 8 and 10", "frequent_breaks", ""),
                Set.of("prolonged_standing")));
    }

    @Test
    void spreadsheet_ways_of_writing_values_are_understood() {
        String csv = "\uFEFFPositions,Closing Date,Title,Description,Occupation_Title,Postcode,Work_Mode,Hours_Min,"
                + "Hours_Max,Patterns,Contract_Type,Pay_Min,Pay_Max,Pay_Period,Notes\r\n"
                + "1,31/01/2027,Cook,\"Cooking, cleaning\r\nand \"\"prep\"\"\",Chefs,s1 2he,Hybrid,15,37.5,"
                + "Evenings;WEEKENDS,Fixed term,\"£24,000\",£26000,per year,ignored\r\n"
                + ",,,,,,,,,,,,,,\r\n";
        ImportPreview preview = read(csv);

        assertThat(preview.unusedColumns()).containsExactly("Notes");
        assertThat(preview.rows()).hasSize(1);
        VacancyDraft d = preview.rows().getFirst().draft();
        assertThat(preview.rows().getFirst().problems()).isEmpty();
        assertThat(d.title()).isEqualTo("Cook");
        assertThat(d.description()).isEqualTo("Cooking, cleaning\r\nand \"prep\"");
        assertThat(d.closingDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(d.workMode()).isEqualTo(WorkMode.HYBRID);
        assertThat(d.hoursMin()).isEqualTo(15.0);
        assertThat(d.patterns()).containsExactlyInAnyOrder(WorkPattern.EVENINGS, WorkPattern.WEEKENDS);
        assertThat(d.contractType()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(d.payMin()).isEqualTo(new BigDecimal("24000"));
        assertThat(d.payMax()).isEqualTo(new BigDecimal("26000"));
        assertThat(d.payPeriod()).isEqualTo(PayPeriod.YEAR);
        assertThat(d.occupationCode()).isNull();
        assertThat(d.adjustments()).isEmpty();
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void values_it_cannot_read_become_problems_named_by_row_and_column_and_the_rest_is_kept() {
        String csv = HEADER
                + "Cleaner,Cleaning,,Cleaners,S1 2HE,on site,16,24,days,permanent,,,,2027-01-31,1,,\r\n"
                + "Porter,Moving things,,Porters,S1 2HE,in space,sixteen,\"24,5\",days;mornings,forever,12..5,,fortnight,"
                + "31/02/2027,one,,\r\n";
        ImportPreview preview = read(csv);

        assertThat(preview.rows()).extracting(ImportPreview.Row::number).containsExactly(2, 3);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        ImportPreview.Row bad = preview.rows().get(1);
        assertThat(bad.problems()).containsExactly(
                Map.entry("work_mode", "Use on site, hybrid or remote (not \"in space\")"),
                Map.entry("hours_min", "Give a number of hours, like 16 (not \"sixteen\")"),
                Map.entry("hours_max", "Give a number of hours, like 37.5 (not \"24,5\")"),
                Map.entry("patterns", "Use days, evenings, nights or weekends, separated by ; (not \"mornings\")"),
                Map.entry("contract_type", "Use permanent, fixed term, temporary or apprenticeship (not \"forever\")"),
                Map.entry("pay_min", "Give an amount in pounds, like 12.50 (not \"12..5\")"),
                Map.entry("pay_period", "Use hour, week, month or year (not \"fortnight\")"),
                Map.entry("closing_date", "Give the date as 2027-01-31 or 31/01/2027 (not \"31/02/2027\")"),
                Map.entry("positions", "Give a whole number, like 1 (not \"one\")"));
        assertThat(bad.draft().title()).isEqualTo("Porter");
        assertThat(bad.draft().hoursMax()).isNull();
        assertThat(bad.draft().patterns()).containsExactly(WorkPattern.DAYS);
        assertThat(preview.ready()).isFalse();
        assertThat(preview.rowsWithProblems()).isEqualTo(1);
    }

    @Test
    void a_file_without_the_needed_columns_or_rows_is_refused_as_a_whole() {
        assertThat(read("title,description\r\nCook,Cooking\r\n").fileProblems()).containsExactly(
                "The first row must name the columns; these are missing: occupation_title, postcode, work_mode, "
                        + "hours_min, hours_max, patterns, contract_type, closing_date, positions. Start from the "
                        + "template, which has them all.");
        assertThat(read(HEADER).fileProblems())
                .containsExactly("The file has the column names but no vacancies below them.");
        assertThat(read(" \r\n").fileProblems()).containsExactly("The file is empty. Start from the template: its "
                + "first row names the columns and each row after it is one vacancy.");
        assertThat(read(HEADER + "\"Cook,unclosed\r\n").fileProblems()).containsExactly("The file could not be read "
                + "as CSV: check that it was saved as \"CSV UTF-8 (comma delimited)\" and that every quote \" that "
                + "opens a cell also closes it.");
    }

    @Test
    void more_than_ten_thousand_vacancies_are_refused() {
        String row = "Cleaner,Cleaning,,Cleaners,S1 2HE,on site,16,24,days,permanent,,,,2027-01-31,1,,\r\n";
        assertThat(read(HEADER + row.repeat(10_000)).rows()).hasSize(10_000);
        assertThat(read(HEADER + row.repeat(10_001)).fileProblems()).containsExactly("The file has more than "
                + "10,000 vacancies. Split it into files of 10,000 or fewer and import each.");
    }

    @Test
    void excel_windows_1252_files_keep_their_pound_signs_and_the_export_formula_guard_is_removed() {
        String csv = HEADER + "'=Cook,'-Cooking,,Chefs,S1 2HE,on site,16,24,days,permanent,£12,,hour,"
                + "2027-01-31,1,,\r\n";
        ImportPreview preview = VacancyCsvReader.read(csv.getBytes(Charset.forName("windows-1252")));

        VacancyDraft d = preview.rows().getFirst().draft();
        assertThat(preview.rows().getFirst().problems()).isEmpty();
        assertThat(d.title()).isEqualTo("=Cook");
        assertThat(d.description()).isEqualTo("-Cooking");
        assertThat(d.payMin()).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void adjustments_take_notes_after_a_colon_and_codes_ignore_case() {
        String csv = HEADER + "Cook,Cooking,,Chefs,S1 2HE,on site,16,24,days,permanent,,,,2027-01-31,1,"
                + "\"Flexible_Start: from 8 to 10, or later; frequent_breaks ;\",night_work; driving\r\n";
        VacancyDraft d = read(csv).rows().getFirst().draft();

        assertThat(d.adjustments()).containsExactly(Map.entry("flexible_start", "from 8 to 10, or later"),
                Map.entry("frequent_breaks", ""));
        assertThat(d.demands()).containsExactly("driving", "night_work");
    }
}
