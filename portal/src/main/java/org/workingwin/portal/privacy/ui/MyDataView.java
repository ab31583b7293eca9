package org.workingwin.portal.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.privacy.ParticipantExport;
import org.workingwin.portal.privacy.ParticipantExportService;

/** The participant's own copy of everything held about them, readable and as JSON. */
@Route(value = "me/my-data", layout = MainLayout.class)
@PageTitle("My data | Working Win")
@RolesAllowed("PARTICIPANT")
@Prototype
public class MyDataView extends VerticalLayout {

    public MyDataView(ParticipantExportService exports) {
        addClassName("ww-page");
        ParticipantExport export = exports.own(CurrentUser.require());
        add(new Anchor("me", "Back to my jobs"), new H1("The data we hold about you"),
                new Paragraph("This is everything the Working Win portal holds about you, including the notes your "
                        + "specialist keeps about your health. To have something corrected or deleted, ask your "
                        + "specialist or the Working Win team."),
                ExportSections.download(export, exports.toJson(export)), ExportSections.sections(export));
    }
}
