package org.workingwin.portal.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.directory.DirectoryLimits;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.SupportDirectoryService;

/** Listings sent in for the support directory, oldest first: an administrator approves or rejects each. */
@Route(value = "admin/support-listings", layout = MainLayout.class)
@PageTitle("Support listings | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class DirectoryApprovalsView extends VerticalLayout {

    private final SupportDirectoryService directory;
    private final SignedInUser user;
    final Grid<ProviderListing> grid = new Grid<>(ProviderListing.class, false);

    public DirectoryApprovalsView(SupportDirectoryService directory) {
        this.directory = directory;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        setHeightFull();
        grid.addColumn(ProviderListing::name).setHeader("Organisation").setFlexGrow(3);
        grid.addColumn(l -> DateTimes.dateTime(l.createdAt())).setHeader("Sent");
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
        grid.setPageSize(DirectoryLimits.PAGE_SIZE);
        grid.setItems(q -> directory.pending(user, q.getOffset(), q.getLimit()).stream(),
                q -> (int) directory.countPending(user));
        grid.setAriaLabel("Listings waiting for approval");
        grid.setEmptyStateText("No listings are waiting for approval.");
        add(new H1("Support listings"),
                new Paragraph("Organisations asked to be listed in the public support directory. Check that each "
                        + "is a real organisation offering the help it describes in our area, and that its "
                        + "contact details work, before approving it: it appears in the directory at once."),
                grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(ProviderListing l) {
        Button details = new Button("Details", e -> grid.setDetailsVisible(l, !grid.isDetailsVisible(l)));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL);
        details.setAriaLabel("Show or hide the details of " + l.name());
        details.setId("details-" + l.id());
        Button approve = new Button("Approve", e -> approve(l));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel("Approve " + l.name());
        approve.setId("approve-" + l.id());
        Button reject = new Button("Reject", e -> openReject(l));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reject.setAriaLabel("Reject " + l.name());
        reject.setId("reject-" + l.id());
        HorizontalLayout actions = new HorizontalLayout(details, approve, reject);
        actions.setWrap(true);
        return actions;
    }

    private ListingCard details(ProviderListing l) {
        return new ListingCard(l).with("Sent by", new Span(l.submitterName()))
                .with("Sender's email", new Anchor("mailto:" + l.submitterEmail(), l.submitterEmail()));
    }

    private void approve(ProviderListing l) {
        try {
            directory.approve(user, l.id());
            FormErrors.success("Approved: " + l.name() + ". It is now in the directory.");
        } catch (InvalidInputException e) {
            FormErrors.error(String.join(". ", e.fieldErrors().values()));
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private void openReject(ProviderListing l) {
        TextArea reason = new TextArea("Why is it not listed?");
        reason.setHelperText("Kept with the listing, for the record");
        reason.setMaxLength(DirectoryLimits.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setId("reject-reason");
        new ActionDialog("Reject: " + l.name(), "Reject", "confirm-reject",
                () -> directory.reject(user, l.id(), reason.getValue()),
                () -> {
                    FormErrors.success("Rejected: " + l.name() + ". It will not appear in the directory.");
                    grid.getDataProvider().refreshAll();
                })
                .field("reason", reason).open();
    }
}
