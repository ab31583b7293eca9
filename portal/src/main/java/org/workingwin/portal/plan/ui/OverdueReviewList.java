package org.workingwin.portal.plan.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.plan.OverdueReview;

/**
 * The overdue reviews for a home page, most overdue first, each name linking to the participant's plan.
 * A specialist's list is short (a caseload is at most 20 active participants); an administrator's covers
 * everyone, so only the first {@value #SHOWN_MAX} are listed and the rest are counted.
 */
public class OverdueReviewList extends Div {

    public static final int SHOWN_MAX = 20;
    private final UnorderedList list = new UnorderedList();

    public OverdueReviewList(List<OverdueReview> overdue) {
        setId("overdue-reviews");
        if (overdue.isEmpty()) {
            add(new Paragraph("No reviews are overdue."));
            return;
        }
        for (OverdueReview o : overdue.subList(0, Math.min(SHOWN_MAX, overdue.size()))) {
            list.add(new ListItem(new Anchor("specialist/participants/plan/" + o.participantId(), o.participantName()),
                    new Text(": " + (o.daysOverdue() == 1 ? "1 day" : o.daysOverdue() + " days") + " overdue (due "
                            + DateTimes.date(o.dueOn()) + "). " + (o.lastReview() == null ? "No review yet."
                            : "Last review " + DateTimes.date(o.lastReview()) + "."))));
        }
        add(list);
        if (overdue.size() > SHOWN_MAX) {
            add(new Paragraph("And " + (overdue.size() - SHOWN_MAX) + " more, less overdue."));
        }
    }
}
