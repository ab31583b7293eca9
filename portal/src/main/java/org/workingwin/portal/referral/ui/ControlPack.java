package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.context.annotation.Prototype;

/** The information pack a control participant gets: existing local services for their area. */
@Prototype
public class ControlPack {

    Component forArea(String localAuthorityCode, String localAuthority) {
        Div pack = new Div(new H3("Information pack: support in " + localAuthority),
                new Paragraph("Existing local services for work, skills, money and health."));
        pack.setId("information-pack");
        return pack;
    }
}
