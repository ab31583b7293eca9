package org.workingwin.portal.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.ServiceArea;

/** One listing as a visitor reads it: name, what help, for whom, where, what they say, how to get in touch. */
public final class ListingCard extends Div {

    private final DescriptionList facts = new DescriptionList();

    public ListingCard(ProviderListing listing) {
        addClassName("ww-card");
        setId("listing-" + listing.id());
        facts.addClassName("ww-facts");
        fact("Help with", new Span(listing.kinds().stream().map(HelpKind::label).collect(Collectors.joining(", "))));
        fact("For", new Span(listing.audiences().stream().map(Audience::label).collect(Collectors.joining(", "))));
        fact("Areas", new Span(ServiceArea.names(listing.areas())));
        if (listing.website() != null) {
            Anchor website = new Anchor(listing.website(), listing.website());
            // Links that organisations supplied: not an endorsement for search engines.
            website.getElement().setAttribute("rel", "nofollow ugc");
            fact("Website", website);
        }
        if (listing.email() != null) {
            fact("Email", new Anchor("mailto:" + listing.email(), listing.email()));
        }
        if (listing.phone() != null) {
            fact("Phone", new Anchor("tel:" + listing.phone().replaceAll("[^0-9+]", ""), listing.phone()));
        }
        if (listing.address() != null || listing.postcode() != null) {
            fact("Address", new Span(listing.address() == null ? listing.postcode()
                    : listing.address() + (listing.postcode() == null ? "" : ", " + listing.postcode())));
        }
        Paragraph description = new Paragraph(listing.description());
        description.addClassName("ww-listing-description");
        add(new H3(listing.name()), description, facts);
    }

    /** Adds a line below the contact details, such as who sent the listing. */
    ListingCard with(String term, Component value) {
        fact(term, value);
        return this;
    }

    private void fact(String term, Component value) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
