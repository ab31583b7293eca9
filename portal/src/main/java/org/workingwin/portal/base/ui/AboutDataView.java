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

/** The attributions that the licences of our reference data require. */
@Route(value = "about-the-data", layout = MainLayout.class)
@PageTitle("About the data | Working Win")
@AnonymousAllowed
@Prototype
public class AboutDataView extends VerticalLayout {

    public AboutDataView() {
        addClassName("ww-page");
        add(new H1("About the data"),
                new Paragraph("Working Win uses open data published by others. We thank them and credit them here."),
                new H2("Postcodes and places"),
                new Paragraph("Postcode districts, their locations and local authorities come from OS Code-Point "
                        + "Open (October 2025), under the Open Government Licence v3.0. We use the middle point "
                        + "of each postcode district."),
                new Paragraph("Contains OS data © Crown copyright and database right 2025."),
                new Paragraph("Contains Royal Mail data © Royal Mail copyright and database right 2025."),
                new Paragraph("Contains National Statistics data © Crown copyright and database right 2025."),
                new H2("Occupations"),
                new Paragraph("Occupation codes and job titles come from the ONS Standard Occupational "
                        + "Classification 2020 (SOC 2020)."),
                new Paragraph("Source: Office for National Statistics licensed under the Open Government "
                        + "Licence v.3.0."),
                new Paragraph("This service uses the ESCO classification of the European Commission. "
                        + "We use its occupation names and alternative titles, reformatted and reduced, under "
                        + "CC BY 4.0."),
                new H2("Example vacancies"),
                new Paragraph("Some demonstration vacancies are based on UK Civil Service job adverts. "
                        + "Contains public sector information licensed under the Open Government Licence v3.0."),
                new Paragraph(new Anchor("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                        "Read the Open Government Licence v3.0")),
                new Paragraph(new Anchor("https://creativecommons.org/licenses/by/4.0/", "Read the CC BY 4.0 licence")));
    }
}
