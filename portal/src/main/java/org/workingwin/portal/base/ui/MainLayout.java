package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.Optional;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.security.CurrentUser;

/** The frame of every page: the service name, navigation for the signed-in role, and sign-in or out. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private final HorizontalLayout account = new HorizontalLayout();

    public MainLayout() {
        Anchor home = new Anchor("", "Working Win");
        home.addClassName("ww-brand");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("ww-account");
        HorizontalLayout header = new HorizontalLayout(toggle, home, account);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(home);
        header.addClassName("ww-header");
        addToNavbar(header);
        nav.setLabel("Main menu");
        Div drawer = new Div(nav);
        drawer.addClassName("ww-drawer");
        addToDrawer(drawer);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<SignedInUser> user = CurrentUser.get();
        nav.removeAll();
        if (user.map(u -> u.is(Role.SPECIALIST, Role.ADMIN)).orElse(false)) {
            nav.addItem(new SideNavItem("My work", "specialist"));
        }
        if (user.map(u -> u.is(Role.PARTICIPANT)).orElse(false)) {
            nav.addItem(new SideNavItem("My jobs", "me"));
        }
        nav.addItem(new SideNavItem("Vacancies", "vacancies"));
        if (user.map(u -> u.is(Role.PARTICIPANT)).orElse(false)) {
            nav.addItem(new SideNavItem("My saved searches", "me/saved-searches"));
        }
        user.map(SignedInUser::role).ifPresent(role -> {
            if (role == Role.EMPLOYER) {
                nav.addItem(new SideNavItem("My vacancies", "employer/vacancies"));
                nav.addItem(new SideNavItem("Post a vacancy", "employer/vacancies/edit"));
                nav.addItem(new SideNavItem("Introductions", "employer/introductions"));
                nav.addItem(new SideNavItem("Your organisation", "employer/organisation"));
            }
            if (role == Role.SPECIALIST || role == Role.ADMIN) {
                nav.addItem(new SideNavItem("My participants", "specialist/participants"));
                if (role == Role.SPECIALIST) {
                    nav.addItem(new SideNavItem("Employer contacts", "specialist/employer-contacts"));
                }
                nav.addItem(new SideNavItem("Vacancies to check", "specialist/vetting"));
                nav.addItem(new SideNavItem("Reports", "reports"));
                nav.addItem(new SideNavItem("API tokens", "account/api-tokens"));
                nav.addItem(new SideNavItem("Two-factor sign-in", "account/two-factor"));
            }
            if (role == Role.ADMIN) {
                nav.addItem(new SideNavItem("Referrals", "admin/referrals"));
                nav.addItem(new SideNavItem("Caseloads", "admin/caseloads"));
                nav.addItem(new SideNavItem("Invitations", "admin/invitations"));
                nav.addItem(new SideNavItem("Search index", "admin/search-index"));
                nav.addItem(new SideNavItem("Support listings", "admin/support-listings"));
                nav.addItem(new SideNavItem("Audit log", "admin/audit"));
                nav.addItem(new SideNavItem("Data protection", "admin/data-protection"));
            }
        });
        if (user.isEmpty()) {
            nav.addItem(new SideNavItem("Can I take part?", "take-part"));
            nav.addItem(new SideNavItem("Help to stay in work", "in-work-support"));
            nav.addItem(new SideNavItem("Register as an employer", "register"));
        }
        if (user.isPresent()) {
            nav.addItem(new SideNavItem("Your account", "account"));
        }
        nav.addItem(new SideNavItem("Local support", "support"));
        nav.addItem(new SideNavItem("About the data", "about-the-data"));
        account.removeAll();
        if (user.isPresent()) {
            Span who = new Span(user.get().displayName());
            who.addClassName("ww-who");
            Button signOut = new Button("Sign out", e -> {
                // Location first: the response that invalidates the session still carries the redirect.
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
                CurrentUser.signOut();
            });
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            // The account feature's page, named by route so the shared frame does not depend on it.
            Anchor yours = new Anchor("account", "Your account");
            yours.setId("your-account");
            yours.addClassName("ww-your-account");
            account.add(who, yours, signOut);
        } else {
            Anchor signIn = new Anchor("sign-in", "Sign in");
            signIn.setId("sign-in-link");
            account.add(signIn);
        }
    }

}
