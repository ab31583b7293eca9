package org.workingwin.portal.vacancy.csv;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.base.csv.CsvWriter;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.occupation.OccupationDirectory;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Employers' vacancies in and out of spreadsheets. An upload is previewed first (every row checked as the
 * editor checks one vacancy, nothing saved); a preview with no problems is imported in the background in
 * one transaction, all or nothing, with its progress for the page; the export writes every vacancy of the
 * employer's organisation in the template's columns. See src/site/vacancy-import.md.
 */
@Singleton
public class VacancyImportService {

    private static final Logger LOG = LoggerFactory.getLogger(VacancyImportService.class);
    private static final int EXPORT_PAGE = 500;

    private final VacancyService vacancies;
    private final OccupationDirectory occupations;
    private final ExecutorService executor;
    private final Clock clock;

    VacancyImportService(VacancyService vacancies, OccupationDirectory occupations,
                         @Named(TaskExecutors.IO) ExecutorService executor, Clock clock) {
        this.vacancies = vacancies;
        this.occupations = occupations;
        this.executor = executor;
        this.clock = clock;
    }

    /** Reads and checks an uploaded file; saves nothing. */
    public ImportPreview preview(SignedInUser actor, byte[] file) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        ImportPreview read = VacancyCsvReader.read(file);
        List<ImportPreview.Row> checked = read.rows().stream()
                .map(row -> new ImportPreview.Row(row.number(), row.draft(), problems(row))).toList();
        return new ImportPreview(checked, read.fileProblems(), read.unusedColumns());
    }

    /**
     * Starts importing a preview with no problems; the job tells how far it has got. The rows are checked
     * again as they are saved (a closing date may have passed since the preview), and any problem then
     * fails the whole import with nothing saved.
     */
    public ImportJob start(SignedInUser actor, ImportPreview preview, boolean sendForChecks) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        if (!preview.ready()) {
            throw new NotAllowedException("Fix the rows with problems in your file and upload it again first");
        }
        List<VacancyDraft> drafts = preview.drafts();
        ImportJob job = new ImportJob(drafts.size());
        executor.execute(() -> run(actor, drafts, sendForChecks, job));
        return job;
    }

    private void run(SignedInUser actor, List<VacancyDraft> drafts, boolean sendForChecks, ImportJob job) {
        try {
            job.finished(vacancies.importOwn(actor, drafts, sendForChecks, job::progress));
        } catch (NotAllowedException e) {
            job.failed(e.getMessage());
        } catch (InvalidInputException e) {
            job.failed("Nothing was imported: " + describe(e.fieldErrors()) + ". Fix the file and upload it again.");
        } catch (RuntimeException e) {
            LOG.error("Vacancy import of {} rows failed", drafts.size(), e);
            job.failed("The import stopped and nothing was saved. Please try again in a few minutes.");
        }
    }

    /** "row 3: closingDate" keys of the service's errors, in the spreadsheet's row numbers and columns. */
    private static String describe(Map<String, String> errors) {
        return errors.entrySet().stream().limit(3).map(e -> {
            String[] key = e.getKey().split(": ", 2);
            int row = Integer.parseInt(key[0].substring("row ".length())) + 1;
            return "row " + row + ", " + VacancyColumn.headerOf(key[1]) + ": " + e.getValue();
        }).reduce((a, b) -> a + "; " + b).orElse("") + (errors.size() > 3 ? " and " + (errors.size() - 3) + " more" : "");
    }

    public void writeTemplate(Writer out) {
        VacancyCsvWriter.template(out, LocalDate.now(clock));
    }

    /** Every vacancy of the employer's organisation, oldest first, read a page at a time. */
    public void writeOwnVacancies(SignedInUser actor, Writer out) {
        NotAllowedException.requireRole(actor, Role.EMPLOYER);
        CsvWriter csv = VacancyCsvWriter.export(out);
        long after = 0;
        List<VacancyDetails> page;
        do {
            page = vacancies.ownVacanciesAfter(actor, after, EXPORT_PAGE);
            page.forEach(details -> VacancyCsvWriter.exportRow(csv, details));
            if (!page.isEmpty()) {
                after = page.getLast().vacancy().id();
            }
        } while (page.size() == EXPORT_PAGE);
        csv.flush();
    }

    /** The reader's problems (values it could not read), then the editor's checks of what it could. */
    private Map<String, String> problems(ImportPreview.Row row) {
        Map<String, String> problems = new LinkedHashMap<>(row.problems());
        VacancyDraft draft = row.draft();
        if (draft.occupationCode() != null && occupations.find(draft.occupationCode()).isEmpty()) {
            problems.putIfAbsent(VacancyColumn.OCCUPATION_CODE.header, "Use a SOC 2020 unit group code, like 7111, "
                    + "or leave it empty (not \"" + draft.occupationCode() + "\")");
        }
        vacancies.problems(draft).forEach((field, message) -> {
            if (field.equals("occupation") && problems.containsKey(VacancyColumn.OCCUPATION_CODE.header)
                    && draft.occupationTitle() != null) {
                return; // the code's problem, already said in its own column
            }
            problems.putIfAbsent(VacancyColumn.headerOf(field), message);
        });
        return problems;
    }
}
