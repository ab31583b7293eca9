package org.workingwin.portal.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ListingStatus;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.SupportDirectoryService;

class RegisterProviderViewTest extends ViewTest {

    private final String tag = "rv" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void refused_values_are_explained_at_their_fields_and_everything_typed_stays() {
        RegisterProviderView view = navigate(RegisterProviderView.class);
        test(view.name).setValue(tag + " Skills Hub");
        test(view.description).setValue("Free maths courses");
        test(view.audiences).selectItem("Carers");
        test(view.areas).selectItems("Barnsley", "Sheffield");
        test(view.website).setValue("example.org/skills");
        test(view.phone).setValue("0114 496 0555");
        test(view.contactName).setValue("Dee");
        test(view.send).click();

        assertThat(view.kinds.isInvalid()).isTrue();
        assertThat(view.kinds.getErrorMessage()).isEqualTo("Choose at least one kind of help");
        assertThat(view.website.isInvalid()).isTrue();
        assertThat(view.website.getErrorMessage())
                .isEqualTo("Enter the whole website address, starting with https:// or http://");
        assertThat(view.contactEmail.getErrorMessage()).isEqualTo("Enter your email address");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.name.getValue()).isEqualTo(tag + " Skills Hub");
        assertThat(view.description.getValue()).isEqualTo("Free maths courses");
        assertThat(view.audiences.getValue()).containsExactly(Audience.CARERS);
        assertThat(view.areas.getValue()).extracting(a -> a.name()).containsExactlyInAnyOrder("Barnsley", "Sheffield");
        assertThat(view.website.getValue()).isEqualTo("example.org/skills");
        assertThat(view.phone.getValue()).isEqualTo("0114 496 0555");
        assertThat(view.contactName.getValue()).isEqualTo("Dee");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.confirmation.isVisible()).isFalse();

        test(view.kinds).selectItem("English, maths and digital skills");
        test(view.website).setValue("https://example.org/skills");
        test(view.contactEmail).setValue("dee@example.org");
        test(view.send).click();

        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.confirmation.isVisible()).isTrue();
        assertThat($(Paragraph.class, view.confirmation).first().getText()).isEqualTo("An administrator will check "
                + "the listing for " + tag + " Skills Hub before it appears in the directory. If we have questions "
                + "we will email dee@example.org.");
        SupportDirectoryService directory = bean(SupportDirectoryService.class);
        ProviderListing sent = directory.pending(bean(TestData.class).user(Role.ADMIN)).stream()
                .filter(l -> l.name().equals(tag + " Skills Hub")).findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(ListingStatus.PENDING);
        assertThat(sent.kinds()).isEqualTo(Set.of(HelpKind.SKILLS));
        assertThat(sent.areas()).containsExactly("E08000038", "E08000039");
    }
}
