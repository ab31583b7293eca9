package org.workingwin.portal.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.account.ui.SignInView;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.base.ui.NotAllowedView;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ListingRegistration;
import org.workingwin.portal.directory.SupportDirectoryService;

class DirectoryApprovalsViewTest extends ViewTest {

    @Test
    void only_administrators_reach_the_listings_waiting_for_approval() {
        visit(DirectoryApprovalsView.class);
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
        signInAs(bean(TestData.class).user(Role.SPECIALIST));
        visit(DirectoryApprovalsView.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void an_administrator_rejects_a_listing_only_with_a_reason() {
        String name = "av" + UUID.randomUUID().toString().substring(0, 8) + " Doubtful Listing";
        SupportDirectoryService directory = bean(SupportDirectoryService.class);
        long id = directory.register(new ListingRegistration(name, "Unclear.", EnumSet.of(HelpKind.SKILLS),
                EnumSet.of(Audience.ANYONE), Set.of("E08000039"), "https://example.org/doubt", null, null, null, null,
                "Pat", "pat@example.org"));
        SignedInUser admin = bean(TestData.class).user(Role.ADMIN);
        signInAs(admin);
        DirectoryApprovalsView view = navigate(DirectoryApprovalsView.class);

        int row = IntStream.range(0, test(view.grid).size()).filter(i -> test(view.grid).getRow(i).id() == id)
                .findFirst().orElseThrow();
        assertThat(test(view.grid).getCellText(row, 0)).isEqualTo(name);
        Button reject = (Button) test(view.grid).getCellComponent(row, 2).getChildren()
                .filter(c -> c.getId().orElse("").equals("reject-" + id)).findFirst().orElseThrow();
        test(reject).click();
        test($(Button.class).id("confirm-reject")).click();
        TextArea reason = $(TextArea.class).id("reject-reason");
        assertThat(reason.getErrorMessage()).isEqualTo("Enter the reason");
        assertThat($(Dialog.class).single().isOpened()).isTrue();

        test(reason).setValue("Could not find the organisation");
        test($(Button.class).id("confirm-reject")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Rejected: " + name + ". It will not appear in the directory.");
        assertThat(directory.pending(admin)).noneMatch(l -> l.id() == id);
        assertThat(view.grid.getGenericDataView().getItems()).noneMatch(l -> l.id() == id);
    }
}
