package org.workingwin.portal.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.StaffMember;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantLimits;
import org.workingwin.portal.participant.ParticipantService;

class CaseloadAdminViewTest extends ViewTest {

    private static SignedInUser specialist(String name) {
        return bean(AccountService.class).create(TestData.uniqueEmail("specialist"), name, TestData.PASSWORD,
                Role.SPECIALIST, null);
    }

    private static long participant(SignedInUser actor, String reference, String last) {
        return bean(ParticipantService.class).create(actor,
                TestData.profile(reference, "Kit", last, "porter", "S1", Map.of()));
    }

    private <T> int row(Grid<T> grid, Predicate<T> which) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).filter(i -> which.test(rows.getRow(i))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Select<StaffMember> choice(CaseloadAdminView view, int row) {
        return (Select<StaffMember>) test(view.grid).getCellComponent(row, 4);
    }

    private String caseloadOf(CaseloadAdminView view, SignedInUser who) {
        return test(view.specialists).getCellText(row(view.specialists, s -> s.id() == who.id()), 1);
    }

    @Test
    void an_administrator_gives_a_participant_to_a_specialist_and_the_grid_shows_it() {
        SignedInUser admin = bean(TestData.class).user(Role.ADMIN);
        SignedInUser rowan = specialist("Rowan Ellis");
        long id = participant(admin, "WW-ADM-1", "Assigned");
        signInAs(admin);
        CaseloadAdminView view = navigate(CaseloadAdminView.class);
        int row = row(view.grid, p -> p.id() == id);
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("No specialist");
        assertThat(caseloadOf(view, rowan)).isEqualTo("0 of 20");

        test(choice(view, row)).selectItem("Rowan Ellis");

        assertThat(test(view.grid).getCellText(row(view.grid, p -> p.id() == id), 3)).isEqualTo("Rowan Ellis");
        assertThat(caseloadOf(view, rowan)).isEqualTo("1 of 20");
        assertThat(bean(ParticipantService.class).caseload(rowan)).extracting(Participant::id).containsExactly(id);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Kit Assigned is now on Rowan Ellis's caseload");
    }

    @Test
    void a_full_caseload_is_refused_with_the_reason_and_the_choice_goes_back() {
        SignedInUser admin = bean(TestData.class).user(Role.ADMIN);
        SignedInUser full = specialist("Morgan Full");
        for (int i = 0; i < ParticipantLimits.CASELOAD_LIMIT; i++) {
            participant(full, "WW-FULL-" + i, "Full" + i);
        }
        long id = participant(admin, "WW-ADM-2", "Waiting");
        signInAs(admin);
        CaseloadAdminView view = navigate(CaseloadAdminView.class);
        assertThat(caseloadOf(view, full)).isEqualTo("20 of 20");
        int row = row(view.grid, p -> p.id() == id);
        Select<StaffMember> select = choice(view, row);

        test(select).selectItem("Morgan Full");

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Morgan Full's caseload already has 20 active participants, the limit");
        assertThat(select.getValue()).isNull();
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("No specialist");
        assertThat(bean(ParticipantService.class).details(admin, id).participant().specialistId()).isNull();
    }

    @Test
    void a_specialist_cannot_open_the_caseloads_page() {
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        visit(CaseloadAdminView.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
