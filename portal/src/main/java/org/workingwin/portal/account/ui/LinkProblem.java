package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.workingwin.portal.account.LinkUnusableException;

/** What a link page shows when its link cannot be used: what happened and what to do next, kindly. */
final class LinkProblem extends Div {

    LinkProblem(LinkUnusableException problem) {
        setId("link-problem");
        Anchor next = new Anchor(problem.nextRoute(), problem.nextLabel());
        next.setId("link-problem-next");
        add(new H1(problem.title()), new Paragraph(problem.explanation()), new Paragraph(next),
                new Paragraph("Need help? Contact your employment specialist or the Working Win team."));
    }
}
