package org.workingwin.portal.match.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.workingwin.matching.profile.Reason;

/** A match's reasons as a list a specialist can read out: "Yes: …" for what fits, "Check: …" for what is missing. */
final class ReasonList {

    private ReasonList() {
    }

    static UnorderedList of(List<Reason> reasons) {
        UnorderedList list = new UnorderedList();
        for (Reason reason : reasons) {
            ListItem item = new ListItem((reason.positive() ? "Yes: " : "Check: ") + reason.sentence());
            item.addClassName(reason.positive() ? "ww-reason-met" : "ww-reason-missing");
            list.add(item);
        }
        return list;
    }
}
