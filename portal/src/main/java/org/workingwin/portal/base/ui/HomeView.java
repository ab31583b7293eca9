package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Route("")
@PageTitle("Working Win")
@Prototype
public class HomeView extends VerticalLayout {

    public HomeView() {
        add(new H1("Working Win"), new Paragraph("Health-led employment support"));
    }
}
