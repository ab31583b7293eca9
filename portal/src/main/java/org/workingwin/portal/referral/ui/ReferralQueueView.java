package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.referral.Referral;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.ReferralStatus;

/** The administrators' queue of referrals, oldest first: those waiting for a step, or all of them. */
@Route(value = "admin/referrals", layout = MainLayout.class)
@PageTitle("Referrals | Working Win")
@RolesAllowed("ADMIN")
@Prototype
public class ReferralQueueView extends VerticalLayout {

    static final String WAITING = "Waiting for a step";
    static final String ALL = "All referrals";
    private final ReferralService referrals;
    private final SignedInUser user;
    final Select<String> show = SelectNames.named(new Select<>());
    final TextField name = new TextField("Name");
    final Grid<Referral> grid = new Grid<>(Referral.class, false);

    public ReferralQueueView(ReferralService referrals) {
        this.referrals = referrals;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        setHeightFull();
        show.setLabel("Show");
        show.setItems(WAITING, ALL);
        show.setValue(WAITING);
        show.setId("referral-filter");
        show.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        name.setId("referral-name");
        name.setMaxLength(ReferralService.NAME_MAX * 2 + 1);
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> DateTimes.dateTime(r.createdAt())).setHeader("Received");
        grid.addComponentColumn(r -> new RouterLink(r.name(), ReferralView.class, r.id())).setHeader("Name")
                .setFlexGrow(2);
        grid.addColumn(r -> r.source().label()).setHeader("How").setFlexGrow(2);
        grid.addColumn(r -> r.postcodeDistrict() + ", " + r.localAuthority()).setHeader("Area").setFlexGrow(2);
        grid.addColumn(r -> r.employmentStatus().label()).setHeader("Work");
        grid.addColumn(r -> r.status().label()).setHeader("Next").setFlexGrow(3);
        grid.setItems(q -> referrals.queue(user, statuses(), name.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) referrals.count(user, statuses(), name.getValue()));
        grid.setAriaLabel("Referrals");
        grid.setEmptyStateText("No referrals waiting.");
        add(new H1("Referrals"), new Paragraph("Contact each person to arrange a first appointment. At the "
                + "appointment, record eligibility and consent, then reveal their allocation."),
                new Paragraph(new Anchor("take-part", "The public \"Can I take part?\" page")),
                new HorizontalLayout(show, name), grid);
        setFlexGrow(1, grid);
    }

    private Set<ReferralStatus> statuses() {
        return ALL.equals(show.getValue()) ? EnumSet.allOf(ReferralStatus.class)
                : EnumSet.of(ReferralStatus.NEW, ReferralStatus.CONSENTED, ReferralStatus.NEW_SERVICE);
    }
}
