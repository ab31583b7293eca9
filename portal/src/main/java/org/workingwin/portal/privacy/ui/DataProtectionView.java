package org.workingwin.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.privacy.Erasure;
import org.workingwin.portal.privacy.ErasureReason;
import org.workingwin.portal.privacy.NoteReencryption;
import org.workingwin.portal.privacy.ParticipantErasureService;
import org.workingwin.portal.privacy.RetentionJob;

/**
 * For administrators: re-encrypt the health notes under the keyset's primary key (the middle step of a
 * key rotation), how long records are kept after someone leaves, and the deleted records.
 */
@Route(value = "admin/data-protection", layout = MainLayout.class)
@PageTitle("Data protection | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class DataProtectionView extends VerticalLayout {

    static final int SHOWN_ERASURES = 100;

    final Button reencrypt = new Button("Re-encrypt health notes now");
    final UnorderedList erasures = new UnorderedList();

    public DataProtectionView(NoteReencryption reencryption, ParticipantErasureService erasure, RetentionJob retention) {
        SignedInUser user = CurrentUser.require();
        addClassName("ww-page");
        reencrypt.setId("reencrypt-notes");
        reencrypt.addClickListener(e -> {
            int count = reencryption.run(user);
            FormErrors.success(count == 1 ? "1 value encrypted under the current key"
                    : count + " values encrypted under the current key");
        });
        erasures.setId("erasures");
        List<Erasure> deleted = erasure.erasures(user, SHOWN_ERASURES);
        deleted.forEach(d -> erasures.add(new ListItem(d.reference() + " (record " + d.participantId() + "): "
                + (d.reason() == ErasureReason.RETENTION ? "retention period ended" : "deleted on request by "
                + d.erasedBy()) + ", " + DateTimes.dateTime(d.erasedAt()))));
        if (deleted.isEmpty()) {
            erasures.add(new ListItem("No records have been deleted."));
        }
        add(new H1("Data protection"),
                new H2("Health notes encryption"),
                new Paragraph("Health notes are encrypted with the key set in WW_NOTES_KEYSET. After adding a new "
                        + "primary key and restarting, notes are re-encrypted in the background; this button does "
                        + "it now. Remove the old key only after it reports nothing left to do."),
                reencrypt,
                new H2("Keeping records"),
                new Paragraph("A participant's record is deleted " + period(retention.afterLeaving()) + " after they leave the programme (WW_RETENTION_AFTER_LEAVING)."),
                new H2("Deleted records"), erasures);
    }

    /** "P6Y" → "6 years", "P1Y6M" → "1 year and 6 months". */
    static String period(java.time.Period p) {
        List<String> parts = new java.util.ArrayList<>();
        add(parts, p.getYears(), "year");
        add(parts, p.getMonths(), "month");
        add(parts, p.getDays(), "day");
        return parts.isEmpty() ? "straight away" : String.join(" and ", parts);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}
