package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;

/** The front page: what Working Win is and where to go next. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Working Win")
@AnonymousAllowed
@Prototype
public class HomeView extends VerticalLayout {

    public HomeView() {
        addClassName("ww-page");
        add(new H1("Working Win"),
                new Paragraph("Working Win helps people with a health condition in South Yorkshire and Bassetlaw "
                        + "find work or stay in work. An employment specialist works with you, with employers "
                        + "and with your health team."),
                new H2("Can I take part?"),
                new Paragraph("If you are 18 or over, your GP is in the Sheffield City Region and your health makes "
                        + "it hard to find work or to stay in work, you can ask to take part. It is voluntary and "
                        + "does not affect your benefits."),
                new Paragraph(new Anchor("take-part", "Check if you can take part")),
                new Paragraph(new Anchor("in-work-support", "Struggling in work because of your health? Ask for help")),
                new H2("Looking for work?"),
                new Paragraph(new Anchor("vacancies", "Search vacancies near you")),
                new H2("Employers"),
                new Paragraph("Post your vacancies and say which workplace adjustments you can offer. "),
                new Paragraph(new Anchor("register", "Register your organisation")),
                new H2("GPs and health professionals"),
                new Paragraph(new Anchor("refer", "Refer someone to Working Win")),
                new Paragraph(new Anchor("sign-in", "Sign in")));
    }
}
