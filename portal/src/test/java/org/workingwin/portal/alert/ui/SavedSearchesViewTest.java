package org.workingwin.portal.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.alert.SavedSearchService;
import org.workingwin.portal.base.server.ViewTest;
import org.workingwin.portal.participantportal.PortalFixture;
import org.workingwin.portal.search.PublicBrowse;

class SavedSearchesViewTest extends ViewTest {

    @Test
    void a_participant_sees_their_searches_in_plain_words_deletes_one_and_turns_emails_off() {
        PortalFixture.Setup s = bean(PortalFixture.class).shortlisted("Cooper");
        SavedSearchService searches = bean(SavedSearchService.class);
        searches.save(s.participant(), "Shop work near home", new PublicBrowse("shop", "s1", 20.0, null, 30.0,
                Set.of(WorkMode.ON_SITE), Set.of(), Set.of(), Set.of("flexible_start"), null, 0, 20));
        signInAs(s.participant());

        SavedSearchesView view = navigate("me/saved-searches", SavedSearchesView.class);

        assertThat(view.list.getElement().getTextRecursively()).contains("Shop work near home",
                "Words: shop. Near S1, within 20 km. Hours a week: up to 30. Where: On site. "
                        + "Offers: Flexible start and finish.");
        assertThat(view.digestEmails.getValue()).isTrue();

        test(view.digestEmails).click();
        assertThat(searches.preferences(s.participant()).digestEmails()).isFalse();

        Button delete = (Button) view.list.getChildren().findFirst().orElseThrow().getChildren()
                .filter(c -> c instanceof Button).findFirst().orElseThrow();
        test(delete).click();
        assertThat(searches.mine(s.participant())).isEmpty();
        assertThat(view.list.getElement().getTextRecursively()).isEqualTo("You have no saved searches yet.");
    }

    @Test
    void an_unknown_unsubscribe_link_says_so_in_plain_words() {
        UnsubscribeView view = navigate("unsubscribe/nonsense", UnsubscribeView.class);

        assertThat(view.getElement().getTextRecursively()).contains("This link does not work");
    }
}
