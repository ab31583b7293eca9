package org.workingwin.portal.ips.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.workingwin.portal.ips.IpsFiguresService;
import org.workingwin.portal.participant.ParticipantLimits;

/**
 * What each IPS figure counts, in plain words under the figures, so none is read without its definition
 * (the same definitions as src/site/ips-figures.md).
 */
class FigureMeanings extends Div {

    FigureMeanings() {
        setId("figure-meanings");
        add(new H2("What the figures mean"), new UnorderedList(
                new ListItem("Caseload: participants who have not left the programme. IPS keeps a caseload at "
                        + ParticipantLimits.CASELOAD_LIMIT + " or fewer."),
                new ListItem("Employer contacts per week: the specialist's employer contacts in the last four "
                        + "weeks (today and the 27 days before), divided by four. Introductions made through "
                        + "Working Win count as contacts."),
                new ListItem("Days to first employer contact: from enrolment to the first employer contact "
                        + "logged on the participant's behalf. IPS aims for "
                        + IpsFiguresService.FIRST_CONTACT_AIM_DAYS + " days or fewer."),
                new ListItem("A participant's employer contacts per week: contacts on their behalf since "
                        + "enrolment, divided by the weeks since enrolment (at least one week)."),
                new ListItem("Without an employer contact yet: participants who have not left and have no "
                        + "employer contact logged on their behalf."),
                new ListItem("Shortlists, introductions, interviews and job starts: how many of each were "
                        + "recorded for participants' vacancies, including for those who have since left.")));
    }
}
