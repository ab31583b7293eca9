package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.SupportDirectoryService;
import org.workingwin.portal.directory.ui.ListingCard;

/**
 * The information pack a control participant gets: the approved services of the support directory
 * that serve their area. Control participants get this instead of a specialist, and never matching.
 */
@Prototype
public class ControlPack {

    private final SupportDirectoryService directory;

    ControlPack(SupportDirectoryService directory) {
        this.directory = directory;
    }

    Component forArea(String localAuthorityCode, String localAuthority) {
        List<ProviderListing> services = directory.approvedIn(localAuthorityCode);
        Div pack = new Div(new H3("Information pack: support in " + localAuthority),
                new Paragraph(services.isEmpty() ? "No local services are listed for " + localAuthority + " yet."
                        : "Existing local services for work, skills, money and health. Print this page or send "
                        + "the link below."),
                new Paragraph(new Anchor("support?area=" + localAuthorityCode, "Local support in " + localAuthority)));
        services.forEach(listing -> pack.add(new ListingCard(listing)));
        pack.setId("information-pack");
        return pack;
    }
}
