package org.workingwin.portal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.search.SearchIndexAdmin;

/** The state of the search indexes, and a rebuild with its progress, for administrators. */
@Route(value = "admin/search-index", layout = MainLayout.class)
@PageTitle("Search index | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class SearchIndexView extends VerticalLayout {

    private final SearchIndexAdmin admin;
    private final SignedInUser user;
    private final Div states = new Div();
    final Button rebuild = new Button("Rebuild the indexes");
    private com.vaadin.flow.shared.Registration polling;

    public SearchIndexView(SearchIndexAdmin admin) {
        this.admin = admin;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setId("rebuild-index");
        rebuild.addClickListener(e -> {
            admin.rebuild(user);
            show();
        });
        states.setId("index-states");
        add(new H1("Search index"), new Paragraph("The indexes follow every change in the database within a "
                + "second. Rebuild them if you think they differ from the database; searches keep working."),
                rebuild, states);
        show();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(500);
        polling = event.getUI().addPollListener(e -> show());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        polling.remove();
    }

    private static String records(long count) {
        return count == 1 ? "1 record" : count + " records";
    }

    private void show() {
        states.removeAll();
        for (SearchIndexAdmin.IndexState state : java.util.List.of(admin.vacancyIndex(user), admin.participantIndex(user))) {
            ProgressBar bar = new ProgressBar(0, 1, state.rebuild().fraction());
            bar.getElement().setAttribute("aria-label", state.name() + " rebuild progress");
            bar.setWidthFull();
            String status = state.rebuild().running()
                    ? "Rebuilding: " + state.rebuild().done() + " of " + state.rebuild().total()
                    : state.rebuild().error() != null ? state.rebuild().error()
                    : state.rebuild().finishedAt() == null ? "Up to date"
                    : "Last rebuilt with " + records(state.rebuild().done());
            states.add(new H2(state.name()), new Paragraph(records(state.documents()) + " in the index"
                    + (state.cursor() >= 0 ? ", change log position " + state.cursor() : "")),
                    new Paragraph(status), bar);
        }
        rebuild.setEnabled(!admin.vacancyIndex(user).rebuild().running());
    }
}
