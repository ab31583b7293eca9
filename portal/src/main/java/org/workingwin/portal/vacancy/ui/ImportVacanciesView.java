package org.workingwin.portal.vacancy.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.account.EmailVerificationService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.CsvDownload;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.vacancy.csv.ImportJob;
import org.workingwin.portal.vacancy.csv.ImportPreview;
import org.workingwin.portal.vacancy.csv.VacancyImportService;

/**
 * An employer imports vacancies from a spreadsheet: the template, an upload, a preview of every row with
 * its problems (nothing saved), then the import with a progress bar. All or nothing: one row with a
 * problem holds back the file, and the employer fixes it in their spreadsheet and uploads it again.
 */
@Route(value = "employer/vacancies/import", layout = MainLayout.class)
@PageTitle("Import vacancies | Working Win")
@RolesAllowed("EMPLOYER")
@Prototype
public class ImportVacanciesView extends VerticalLayout {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private final VacancyImportService imports;
    private final SignedInUser user;
    private final boolean emailConfirmed;
    final Upload upload = new Upload();
    final Div preview = new Div();
    final Paragraph summary = new Paragraph();
    final Checkbox onlyProblems = new Checkbox("Show only rows with problems");
    final Checkbox sendForChecks = new Checkbox("Send them for checks straight away");
    final Button importButton = new Button("Import");
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    private final H2 progressHeading = new H2("Importing");
    private final H2 uploadHeading = new H2();
    private ImportPreview current;
    private ImportJob job;
    private Registration polling;

    public ImportVacanciesView(VacancyImportService imports, EmailVerificationService verification, Taxonomy taxonomy) {
        this.imports = imports;
        this.user = CurrentUser.require();
        this.emailConfirmed = verification.isVerified(user.id());
        addClassName("ww-page");
        add(new H1("Import vacancies from a spreadsheet"), steps(), templateLink(), columnsHelp(taxonomy));

        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> show(bytes)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setUploadButton(new Button("Choose a CSV file"));
        upload.setId("vacancy-file");
        upload.addFileRejectedListener(e -> FormErrors.error("Choose a CSV file of at most 20 MB (" + e.getErrorMessage() + ")"));
        uploadHeading.setText("Upload your file");
        add(uploadHeading, upload);

        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        onlyProblems.addValueChangeListener(e -> showRows());
        sendForChecks.setId("send-for-checks");
        if (!emailConfirmed) {
            sendForChecks.setEnabled(false);
            sendForChecks.setHelperText("Confirm your email address first (see My vacancies); until then they are "
                    + "saved as drafts.");
        }
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-vacancies");
        importButton.addClickListener(e -> startImport());
        rows.addColumn(ImportPreview.Row::number).setHeader("Row").setWidth("5rem").setFlexGrow(0);
        rows.addColumn(r -> r.draft().title() == null ? "" : r.draft().title()).setHeader("Title").setFlexGrow(2);
        rows.addColumn(r -> r.ready() ? "Ready" : r.problemText()).setHeader("Problems").setFlexGrow(4)
                .setKey("problems");
        rows.setAriaLabel("Rows of your file");
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressText.setId("import-progress");
        progressText.getElement().setAttribute("role", "status");
        preview.setId("import-preview");
        preview.setWidthFull();
        add(preview);
    }

    private static OrderedList steps() {
        return new OrderedList(
                new ListItem("Download the template and open it in your spreadsheet program."),
                new ListItem("Put one vacancy on each row, in place of the example. The columns are explained "
                        + "below."),
                new ListItem("Save it as \"CSV UTF-8 (comma delimited)\" and upload it here. We check every row "
                        + "and show you any problems; nothing is saved until you choose Import."));
    }

    private Anchor templateLink() {
        return CsvDownload.link("Download the template (CSV)", "vacancies-template.csv", "download-template",
                imports::writeTemplate);
    }

    private static Details columnsHelp(Taxonomy taxonomy) {
        UnorderedList columns = new UnorderedList(
                new ListItem("title, description, occupation_title, postcode: as on the vacancy form. "
                        + "occupation_code is optional: a SOC 2020 code such as 7111."),
                new ListItem("work_mode: on site, hybrid or remote."),
                new ListItem("hours_min, hours_max: hours a week, such as 16 and 37.5."),
                new ListItem("patterns: days, evenings, nights or weekends, several separated by ;"),
                new ListItem("contract_type: permanent, fixed term, temporary or apprenticeship."),
                new ListItem("pay_min, pay_max (optional): amounts in pounds; pay_period: hour, week, month or year."),
                new ListItem("closing_date: such as 2027-01-31 or 31/01/2027. positions: how many people, such as 1."),
                new ListItem("adjustments (optional): codes from the list below separated by ;, each with a note "
                        + "after a colon if you like: flexible_start: start between 8 and 10; frequent_breaks"),
                new ListItem("demands (optional): codes from the list below separated by ;"));
        UnorderedList adjustments = new UnorderedList();
        taxonomy.adjustments().forEach(a -> adjustments.add(new ListItem(a.code() + ": " + a.label())));
        UnorderedList demands = new UnorderedList();
        taxonomy.demands().forEach(d -> demands.add(new ListItem(d.code() + ": " + d.label())));
        Details help = new Details("What each column takes", new VerticalLayout(columns,
                new H2("Adjustment codes"), adjustments, new H2("Demand codes"), demands));
        help.setId("column-help");
        return help;
    }

    /** Shows the preview of an uploaded file (the upload handler calls this with the session locked). */
    void show(byte[] file) {
        current = imports.preview(user, file);
        preview.removeAll();
        upload.clearFileList();
        onlyProblems.setValue(false);
        long bad = current.rowsWithProblems();
        int count = current.rows().size();
        if (!current.fileProblems().isEmpty()) {
            summary.setText(String.join(" ", current.fileProblems()) + " Nothing has been saved.");
            preview.add(new H2("Your file"), summary);
            return;
        }
        String unused = current.unusedColumns().isEmpty() ? ""
                : " Columns not used: " + String.join(", ", current.unusedColumns()) + ".";
        if (bad == 0) {
            summary.setText(vacancies(count) + " ready to import." + unused);
            importButton.setText("Import " + vacancies(count));
            importButton.setEnabled(true);
        } else {
            summary.setText(bad + " of " + count + " rows have problems. Fix them in your spreadsheet and upload it "
                    + "again; nothing has been saved." + unused);
            importButton.setText("Import");
            importButton.setEnabled(false);
            onlyProblems.setValue(true);
        }
        showRows();
        preview.add(new H2("Your file"), summary, onlyProblems, rows, new Div(sendForChecks), new Div(importButton));
    }

    private void showRows() {
        if (current != null) {
            List<ImportPreview.Row> shown = onlyProblems.getValue()
                    ? current.rows().stream().filter(r -> !r.ready()).toList() : current.rows();
            rows.setItems(shown);
            // A short list shows whole; a long one scrolls inside the grid, so the Import button stays near.
            rows.setAllRowsVisible(shown.size() <= 10);
            if (shown.size() > 10) {
                rows.setHeight("28rem");
            }
        }
    }

    private void startImport() {
        try {
            job = imports.start(user, current, sendForChecks.getValue());
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
            return;
        }
        importButton.setEnabled(false);
        // A preview of 10,000 rows is megabytes: let the session drop it once the job has the drafts.
        current = null;
        rows.setItems(List.of());
        upload.setVisible(false);
        uploadHeading.setVisible(false);
        preview.removeAll();
        progress.setValue(0);
        progressText.setText("Importing: 0 of " + String.format("%,d", job.total()));
        progressHeading.setText("Importing");
        preview.add(progressHeading, progress, progressText);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> showProgress());
    }

    /** Called every half second while an import runs. */
    void showProgress() {
        if (job == null) {
            return;
        }
        progress.setValue(job.fraction());
        switch (job.state()) {
            case RUNNING -> progressText.setText("Importing: " + String.format("%,d", job.saved()) + " of "
                    + String.format("%,d", job.total()));
            case FINISHED -> {
                stopPolling();
                progressHeading.setText("Imported");
                progressText.setText("Imported " + vacancies(job.ids().size())
                        + (sendForChecks.getValue() ? ", sent for checks." : " as drafts."));
                RouterLink mine = new RouterLink("See them on My vacancies", MyVacanciesView.class);
                mine.setId("see-my-vacancies");
                preview.add(mine);
                upload.setVisible(true);
                uploadHeading.setVisible(true);
                FormErrors.success("Imported " + vacancies(job.ids().size()));
            }
            case FAILED -> {
                stopPolling();
                progressHeading.setText("Not imported");
                progressText.setText(job.failure());
                upload.setVisible(true);
                uploadHeading.setVisible(true);
                FormErrors.error(job.failure());
            }
        }
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private static String vacancies(int n) {
        return n == 1 ? "1 vacancy" : String.format("%,d", n) + " vacancies";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (job != null && job.state() == ImportJob.State.RUNNING && polling == null) {
            event.getUI().setPollInterval(500);
            polling = event.getUI().addPollListener(e -> showProgress());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        stopPolling();
    }
}
