package org.workingwin.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.privacy.ParticipantErasureService;
import org.workingwin.portal.privacy.ParticipantExport;
import org.workingwin.portal.privacy.ParticipantExportService;

/**
 * Everything held about one participant (a subject access copy), readable and as JSON; for
 * administrators, the deletion of it all on request, confirmed by typing the trial reference. Opening the
 * page is an export and is recorded in the health audit trail.
 */
@Route(value = "specialist/participants/export", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ParticipantExportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ParticipantExportService exports;
    private final ParticipantErasureService erasure;
    private final SignedInUser user;
    final H1 heading = new H1();

    public ParticipantExportView(ParticipantExportService exports, ParticipantErasureService erasure) {
        this.exports = exports;
        this.erasure = erasure;
        this.user = CurrentUser.require();
        addClassName("ww-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ParticipantExport export = exports.export(user, id);
        heading.setText("Data held about " + export.name());
        removeAll();
        add(new Anchor("specialist/participants/record/" + id, "Back to the record"), heading,
                new Paragraph("Everything the portal holds about " + export.name() + " (" + export.reference()
                        + "), table by table, with health notes decrypted: what to give them when they ask for "
                        + "their data. This export is recorded in the audit log."),
                ExportSections.download(export, exports.toJson(export)));
        if (user.is(Role.ADMIN)) {
            add(deletion(export));
        }
        add(ExportSections.sections(export));
    }

    private VerticalLayout deletion(ParticipantExport export) {
        Button delete = new Button("Delete all of " + export.name() + "'s data", e -> confirm(export));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-participant");
        VerticalLayout box = new VerticalLayout(new H2("Deletion on request"), new Paragraph("When "
                + export.name() + " asks for their data to be deleted. This cannot be undone."), delete);
        box.setPadding(false);
        return box;
    }

    private void confirm(ParticipantExport export) {
        TextField typed = new TextField("Type their trial reference, " + export.reference() + ", to confirm");
        typed.setId("confirm-reference");
        typed.setWidthFull();
        UnorderedList kept = new UnorderedList(
                new ListItem("Deleted: the record, needs and notes, history, plan and reviews, vacancies considered "
                        + "and their steps, portal account, saved searches and email choices."),
                new ListItem("Kept without personal data: the trial allocation and a referral stripped of names "
                        + "and contact details; employer contacts, unlinked and without their note."),
                new ListItem("Kept: the audit log (who read or changed what, no health content) and a note that "
                        + "this record was deleted, by you, today."));
        new ActionDialog("Delete " + export.name() + "'s data?", "Delete permanently", "confirm-delete",
                () -> erasure.erase(user, export.participantId(), typed.getValue()),
                () -> {
                    FormErrors.success(export.reference() + " has been deleted");
                    getUI().ifPresent(ui -> ui.navigate("admin/data-protection"));
                }).content(kept).field("confirmation", typed).open();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }
}
