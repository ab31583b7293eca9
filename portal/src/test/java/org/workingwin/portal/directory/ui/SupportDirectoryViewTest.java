package org.workingwin.portal.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ListingRegistration;
import org.workingwin.portal.directory.SupportDirectoryService;

class SupportDirectoryViewTest extends ViewTest {

    private final String tag = "vt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void a_visitor_narrows_the_directory_by_words_area_kind_and_group_and_reads_each_card() {
        SupportDirectoryService directory = bean(SupportDirectoryService.class);
        SignedInUser admin = bean(TestData.class).user(Role.ADMIN);
        directory.approve(admin, directory.register(new ListingRegistration(tag + " Money Help",
                "Free advice on debts and benefits.", EnumSet.of(HelpKind.DEBT_BENEFITS, HelpKind.TRAINING),
                EnumSet.of(Audience.ANYONE), Set.of("E08000039", "E07000171"), "https://example.org/money",
                "money@example.org", "0114 496 0123", null, "S1 2HE", "Pat", "pat@example.org")));
        directory.approve(admin, directory.register(new ListingRegistration(tag + " Carers Work Club",
                "Work club for carers.", EnumSet.of(HelpKind.EMPLOYMENT_SUPPORT), EnumSet.of(Audience.CARERS),
                Set.of("E08000039"), null, "club@example.org", null, null, null, "Pat", "pat@example.org")));
        directory.register(new ListingRegistration(tag + " Waiting", "Not checked yet.",
                EnumSet.of(HelpKind.DEBT_BENEFITS), EnumSet.of(Audience.ANYONE), Set.of("E07000171"),
                "https://example.org/waiting", null, null, null, null, "Pat", "pat@example.org"));
        SupportDirectoryView view = navigate(SupportDirectoryView.class);

        test(view.keywords).setValue(tag);
        test(view.find).click();
        assertThat(view.summary.getText()).isEqualTo("2 organisations found");
        assertThat(names(view)).containsExactly(tag + " Carers Work Club", tag + " Money Help");

        test(view.area).selectItem("Bassetlaw");
        assertThat(view.summary.getText()).isEqualTo("1 organisation found");
        ListingCard card = (ListingCard) view.results.getChildren().findFirst().orElseThrow();
        assertThat(facts(card)).containsExactly(
                "Help with: Training and courses, Debt and benefits advice",
                "For: Anyone", "Areas: Bassetlaw, Sheffield", "Website: https://example.org/money",
                "Email: money@example.org", "Phone: 0114 496 0123", "Address: S1 2HE");
        assertThat($(Anchor.class, card).all()).extracting(Anchor::getHref)
                .containsExactly("https://example.org/money", "mailto:money@example.org", "tel:01144960123");

        view.area.clear();
        test(view.audience).selectItem("Carers");
        assertThat(names(view)).containsExactly(tag + " Carers Work Club", tag + " Money Help");
        test(view.kind).selectItem("Help finding or keeping work");
        assertThat(names(view)).containsExactly(tag + " Carers Work Club");
        test(view.kind).selectItem("Mental health support");
        assertThat(view.summary.getText()).isEqualTo("Nothing found. Try other words, another area or fewer choices.");
        assertThat(view.results.getChildren()).isEmpty();
    }

    @Test
    void a_link_with_an_area_and_words_opens_the_directory_filtered() {
        SupportDirectoryService directory = bean(SupportDirectoryService.class);
        SignedInUser admin = bean(TestData.class).user(Role.ADMIN);
        directory.approve(admin, directory.register(new ListingRegistration(tag + " Dales Skills", "Courses.",
                EnumSet.of(HelpKind.SKILLS), EnumSet.of(Audience.OVER_50), Set.of("E07000035"), null, null,
                "0114 496 0124", null, null, "Pat", "pat@example.org")));

        UI.getCurrent().navigate("support", QueryParameters.simple(
                Map.of("area", "E07000035", "q", tag, "kind", "SKILLS", "for", "nonsense")));
        SupportDirectoryView view = (SupportDirectoryView) getCurrentView();
        assertThat(view.area.getValue().name()).isEqualTo("Derbyshire Dales");
        assertThat(view.kind.getValue()).isEqualTo(HelpKind.SKILLS);
        assertThat(view.audience.getValue()).isNull();
        assertThat(names(view)).containsExactly(tag + " Dales Skills");
        assertThat(view.summary.getElement().getAttribute("role")).isEqualTo("status");
    }

    private static List<String> names(SupportDirectoryView view) {
        return view.results.getChildren().map(c -> ((ListingCard) c).getChildren()
                .filter(H3.class::isInstance).findFirst().map(h -> ((H3) h).getText()).orElse("")).toList();
    }

    /** Each fact of the card as "Term: description". */
    private List<String> facts(ListingCard card) {
        List<Component> parts = $(DescriptionList.class, card).single().getChildren().toList();
        List<String> facts = new ArrayList<>();
        for (int i = 0; i + 1 < parts.size(); i += 2) {
            facts.add(parts.get(i).getElement().getTextRecursively() + ": "
                    + parts.get(i + 1).getElement().getTextRecursively());
        }
        return facts;
    }
}
