package org.workingwin.portal.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.workingwin.portal.alert.MailKind;
import org.workingwin.portal.alert.MailPreference;
import org.workingwin.portal.alert.SavedSearch;
import org.workingwin.portal.alert.SavedSearchService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;

/** A participant's saved searches (each emails new jobs once a day) and which emails they get. */
@Route(value = "me/saved-searches", layout = MainLayout.class)
@PageTitle("My saved searches | Working Win")
@RolesAllowed("PARTICIPANT")
@Prototype
public class SavedSearchesView extends VerticalLayout {

    private final SavedSearchService searches;
    private final SignedInUser me;
    final Div list = new Div();
    final Checkbox digestEmails = new Checkbox("Email me new jobs for my saved searches, once a day");
    final Checkbox shareEmails = new Checkbox("Email me when my specialist shares a job with me");

    public SavedSearchesView(SavedSearchService searches) {
        this.searches = searches;
        this.me = CurrentUser.require();
        addClassName("ww-page");
        list.setId("saved-searches");
        digestEmails.setId("digest-emails");
        shareEmails.setId("share-emails");
        MailPreference wanted = searches.preferences(me);
        digestEmails.setValue(wanted.digestEmails());
        shareEmails.setValue(wanted.shareEmails());
        digestEmails.addValueChangeListener(e -> changed(MailKind.DIGEST, e.getValue()));
        shareEmails.addValueChangeListener(e -> changed(MailKind.SHARE, e.getValue()));
        add(new H1("My saved searches"),
                new Paragraph("Save a search on the Vacancies page. We will email you new jobs that match it, "
                        + "once a day. We only email when there is something new."),
                new Anchor("vacancies", "Search for jobs"), new H2("Searches"), list, new H2("Emails"),
                digestEmails, shareEmails);
        show();
    }

    private void changed(MailKind kind, boolean on) {
        searches.setEmails(me, kind, on);
        FormErrors.success(on ? "Emails turned on." : "Emails turned off.");
    }

    private void show() {
        list.removeAll();
        List<SavedSearch> mine = searches.mine(me);
        if (mine.isEmpty()) {
            list.add(new Paragraph("You have no saved searches yet."));
        }
        for (SavedSearch s : mine) {
            Button delete = new Button("Delete", e -> {
                searches.delete(me, s.id());
                FormErrors.success("Search deleted.");
                show();
            });
            delete.setId("delete-search-" + s.id());
            delete.setAriaLabel("Delete the search " + s.name());
            Div card = new Div(new H3(s.name()), new Paragraph(searches.describe(s)), delete);
            card.addClassName("ww-card");
            list.add(card);
        }
    }
}
