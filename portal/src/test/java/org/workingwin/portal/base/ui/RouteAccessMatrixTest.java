package org.workingwin.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.ui.SignInView;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.participantportal.PortalFixture;

/**
 * Who may enter every page: every route in Vaadin's route registry against anonymous and each role,
 * checked three ways. The annotations must say what the table below says (a changed annotation fails);
 * the registry and the table must hold the same routes (a new route fails until someone decides who may
 * enter); and a real navigation through the access guard must land on the page, on sign-in (anonymous)
 * or on not-allowed (a signed-in role that may not enter). The matrix is described in src/site/security.md.
 */
class RouteAccessMatrixTest extends ViewTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.SPECIALIST, Role.ADMIN);

    /** Route path to the roles that may enter. */
    private static final Map<String, Set<Role>> EXPECTED = new TreeMap<>();
    /** The routes an anonymous visitor may enter; every role may enter them too. */
    private static final Set<String> ANONYMOUS = new TreeSet<>();

    static {
        for (String open : List.of("", "vacancies", "vacancy", "sign-in", "sign-in/code", "register", "not-allowed", "about-the-data",
                "support", "support/register", "in-work-support", "refer", "take-part", "unsubscribe",
                // One-time emailed links: the token is the credential, so they open without signing in.
                "invitation", "verify-email", "forgot-password", "reset-password")) {
            EXPECTED.put(open, EVERYONE);
            ANONYMOUS.add(open);
        }
        for (String staff : List.of("specialist", "specialist/participants", "specialist/participants/record",
                "specialist/participants/edit", "specialist/participants/plan", "specialist/participants/progress",
                "specialist/participants/matches", "specialist/participants/export", "specialist/vetting", "specialist/opportunities",
                "specialist/vacancies/participants", "account/api-tokens", "reports",
                "specialist/opportunities/adjustments", "account/two-factor")) {
            EXPECTED.put(staff, STAFF);
        }
        // Every signed-in person's own account: password, sign out everywhere.
        EXPECTED.put("account", EVERYONE);
        // A specialist's own contact log with employers; administrators hold no caseload of their own.
        EXPECTED.put("specialist/employer-contacts", EnumSet.of(Role.SPECIALIST));
        for (String admin : List.of("admin/caseloads", "admin/search-index", "admin/support-listings",
                "admin/referrals", "admin/referral", "admin/audit", "admin/invitations",
                "admin/data-protection")) {
            EXPECTED.put(admin, EnumSet.of(Role.ADMIN));
        }
        for (String employer : List.of("employer/vacancies", "employer/vacancies/edit", "employer/vacancies/import",
                "employer/introductions",
                "employer/organisation")) {
            EXPECTED.put(employer, EnumSet.of(Role.EMPLOYER));
        }
        for (String participant : List.of("me", "me/interested", "me/saved-searches", "me/passport", "me/my-data")) {
            EXPECTED.put(participant, EnumSet.of(Role.PARTICIPANT));
        }
    }

    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Class<? extends Component> target = route.getNavigationTarget();
            if (target.getPackageName().startsWith("org.workingwin.portal")) {
                routes.put(target.getAnnotation(Route.class).value(), target);
            }
        }
        return routes;
    }

    @Test
    void every_route_in_the_registry_is_in_the_table_and_every_row_of_the_table_is_a_route() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void the_annotations_on_every_route_say_exactly_what_the_table_says() {
        Map<String, String> actual = new TreeMap<>();
        routes().forEach((path, target) -> {
            boolean anonymous = target.isAnnotationPresent(AnonymousAllowed.class);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (anonymous || AccessGuard.allows(target, role)) {
                    roles.add(role);
                }
            }
            actual.put(path, (anonymous ? "ANONYMOUS " : "") + roles);
        });
        Map<String, String> expected = new TreeMap<>();
        EXPECTED.forEach((path, roles) -> expected.put(path, (ANONYMOUS.contains(path) ? "ANONYMOUS " : "") + roles));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void navigating_to_every_route_as_anonymous_and_as_each_role_lands_where_the_table_says() {
        TestData data = bean(TestData.class);
        Map<String, SignedInUser> principals = new LinkedHashMap<>();
        principals.put("ANONYMOUS", null);
        principals.put(Role.EMPLOYER.name(), data.employer("Matrix Ltd"));
        principals.put(Role.SPECIALIST.name(), data.user(Role.SPECIALIST));
        // A participant account linked to a participant record, as an invitation makes it.
        principals.put(Role.PARTICIPANT.name(), bean(PortalFixture.class).shortlisted("Matrix").participant());
        principals.put(Role.ADMIN.name(), data.user(Role.ADMIN));
        Map<String, Class<? extends Component>> routes = routes();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int navigated = 0;
        for (var principal : principals.entrySet()) {
            SignedInUser user = principal.getValue();
            VaadinSession.getCurrent().setAttribute(SignedInUser.class.getName(), user);
            for (var route : routes.entrySet()) {
                cells++;
                boolean allowed = user == null ? ANONYMOUS.contains(route.getKey())
                        : EXPECTED.get(route.getKey()).contains(user.role());
                Class<? extends Component> target = route.getValue();
                boolean needsParameter = needsParameter(target);
                if (allowed && needsParameter) {
                    // Entering with a real record is that view's own test; an unknown id would only measure
                    // the view's not-found handling. The annotation test above still covers this cell.
                    continue;
                }
                // Any number will do for a denied route: the guard refuses before any record is looked up.
                String location = route.getKey() + (needsParameter ? "/1" : "");
                UI.getCurrent().navigate(location);
                navigated++;
                Class<?> landed = getCurrentView().getClass();
                Class<?> expected = allowed ? target : user == null ? SignInView.class : NotAllowedView.class;
                if (!landed.equals(expected)) {
                    wrong.add(principal.getKey() + " -> /" + location + ": landed on " + landed.getSimpleName()
                            + ", expected " + expected.getSimpleName());
                }
            }
        }
        VaadinSession.getCurrent().setAttribute(SignedInUser.class.getName(), null);
        System.out.printf("Route access matrix: %d principals x %d routes = %d cells, %d navigated%n",
                principals.size(), routes.size(), cells, navigated);
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(5 * EXPECTED.size());
    }

    /** True when the route cannot be entered without a value after its path. */
    private static boolean needsParameter(Class<?> target) {
        if (!HasUrlParameter.class.isAssignableFrom(target)) {
            return false;
        }
        for (var method : target.getDeclaredMethods()) {
            if (method.getName().equals("setParameter") && method.getParameterCount() == 2 && !method.isBridge()) {
                return !method.getParameters()[1].isAnnotationPresent(OptionalParameter.class);
            }
        }
        return true;
    }
}
