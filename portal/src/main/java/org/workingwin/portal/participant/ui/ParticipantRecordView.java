package org.workingwin.portal.participant.ui;

import org.workingwin.portal.base.text.Numbers;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.workingwin.matching.profile.NeedLevel;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.StaffMember;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantDetails;
import org.workingwin.portal.participant.ParticipantNeed;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.participant.RevisionView;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.WorkModes;

/**
 * One participant's whole record, read-only: details, contact, consent, preferences, functional needs
 * with what may be shared, and the kept history of every edit. The service refuses anyone but their
 * specialist or an administrator before anything is shown.
 */
@Route(value = "specialist/participants/record", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ParticipantRecordView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The programme runs in the UK: times are shown in UK time. English month names give "Sep", not "Sept". */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ParticipantService participants;
    private final AccountService accounts;
    private final Taxonomy taxonomy;
    private final SignedInUser user;
    final H1 heading = new H1();
    final UnorderedList needs = new UnorderedList();
    final Div history = new Div();

    public ParticipantRecordView(ParticipantService participants, AccountService accounts, Taxonomy taxonomy) {
        this.participants = participants;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        needs.setId("needs");
        history.setId("history");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        // Both reads are scoped by the service; nothing is added to the page until both have passed.
        ParticipantDetails details = participants.details(user, id);
        List<RevisionView> revisions = participants.history(user, id);
        Participant p = details.participant();
        heading.setText(p.name());
        showNeeds(details.needs());
        showHistory(revisions);
        removeAll();
        add(new Anchor("specialist/participants", "Back to my participants"), heading,
                facts("Trial reference", p.reference(),
                        "Status", p.status().label(),
                        "Enrolled on", DAY.format(p.enrolledOn()),
                        "Specialist", specialist(p.specialistId())),
                links(id, user.role() == Role.ADMIN),
                new H2("Contact"),
                facts("Email", orNotGiven(p.email()),
                        "Phone", orNotGiven(p.phone()),
                        "Preferred way of contact", p.preferredContact().label()),
                portalAccess(p),
                new H2("Consent"),
                facts("Consent to processing their needs and notes", yesNo(p.consentToProcessing()),
                        "Employers they are introduced to may have their contact details", yesNo(p.shareContact())),
                new H2("What they are looking for"), preferences(p),
                new H2("Functional needs"), needs,
                new H2("History of changes"), history);
    }

    /**
     * Whether they can sign in to see what is shared with them; if not, an emailed invitation (or why one
     * cannot be sent yet). The service checks the same conditions again.
     */
    private com.vaadin.flow.component.Component portalAccess(Participant p) {
        if (p.userId() != null) {
            return new Paragraph(p.firstName() + " can sign in to the portal with " + p.email() + ".");
        }
        if (p.email() == null) {
            return new Paragraph("To invite " + p.firstName() + " to the portal, add their email address to their record.");
        }
        if (!p.consentToProcessing()) {
            return new Paragraph("To invite " + p.firstName() + " to the portal, record their consent to processing first.");
        }
        Div access = new Div();
        access.setId("portal-access");
        participants.portalInvitation(user, p.id()).ifPresent(invitation -> access.add(new Paragraph(
                (invitation.expired() ? "The invitation sent on " + DateTimes.dateTime(invitation.sentAt())
                        + " has expired." : "Invited on " + DateTimes.dateTime(invitation.sentAt())
                        + ": the link works until " + DateTimes.dateTime(invitation.expiresAt()) + "."))));
        com.vaadin.flow.component.button.Button invite = new com.vaadin.flow.component.button.Button(
                access.getComponentCount() == 0 ? "Invite " + p.firstName() + " to the portal"
                        : "Send the invitation again", e -> openInvitation(p));
        invite.setId("invite-to-portal");
        access.add(invite);
        return access;
    }

    private void openInvitation(Participant p) {
        new org.workingwin.portal.base.ui.ActionDialog("Invite " + p.name() + " to the portal", "Send invitation",
                "confirm-invitation", () -> participants.inviteToPortal(user, p.id()),
                () -> {
                    org.workingwin.portal.base.ui.FormErrors.success("Invitation sent to " + p.email());
                    getUI().ifPresent(ui -> ui.navigate(ParticipantRecordView.class, p.id()));
                }).content(new Paragraph("We will email " + p.email() + " a link to make their own account and "
                        + "choose a password. The link works once, for 7 days. With the account " + p.firstName()
                        + " sees the jobs you share, searches vacancies and saves searches.")).open();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    /** Only administrators may delete a record, so only they are offered it in the export link's words. */
    private static Nav links(long id, boolean mayDelete) {
        // The suggestions, progress and plan pages belong to other features: named by route, so features stay acyclic.
        Nav nav = new Nav(new UnorderedList(
                new ListItem(new Anchor("specialist/participants/edit/" + id, "Edit record")),
                new ListItem(new Anchor("specialist/participants/matches/" + id, "Suggested vacancies")),
                new ListItem(new Anchor("specialist/participants/progress/" + id, "Progress with vacancies")),
                new ListItem(new Anchor("specialist/participants/plan/" + id, "Employment plan and reviews")),
                new ListItem(new Anchor("specialist/participants/export/" + id,
                        mayDelete ? "All data held (copy or delete)" : "All data held (copy)"))));
        nav.getElement().setAttribute("aria-label", "This participant");
        return nav;
    }

    private static DescriptionList preferences(Participant p) {
        String modes = Arrays.stream(p.workModes().split(",")).filter(m -> !m.isBlank())
                .map(m -> WorkModes.label(WorkMode.valueOf(m))).collect(Collectors.joining(", "));
        return facts("Jobs they want", orNotGiven(p.wantedRoles()),
                "Hours a week", hours(p.hoursMin(), p.hoursMax()),
                "Lowest pay they would take", pay(p),
                "How far they can travel", Numbers.plain(p.maxTravelKm()) + " km",
                "Home district", p.homeDistrict() == null ? "Not given (remote work only)" : p.homeDistrict(),
                "Ways of working they accept", modes);
    }

    private void showNeeds(List<ParticipantNeed> recorded) {
        needs.removeAll();
        // Must-haves first: they are the ones no suggestion may break.
        List<ParticipantNeed> ordered = recorded.stream()
                .sorted(Comparator.comparing((ParticipantNeed n) -> n.level() != NeedLevel.MUST_HAVE)
                        .thenComparing(this::label))
                .toList();
        for (ParticipantNeed need : ordered) {
            ListItem item = new ListItem(new Span(label(need) + ": "
                    + (need.level() == NeedLevel.MUST_HAVE ? "must have" : "would help")));
            if (need.note() != null) {
                item.add(new Paragraph("Note: " + need.note()));
            }
            item.add(new Paragraph(need.disclose() ? "May be shared with an employer after an offer" : "Not shared"));
            needs.add(item);
        }
        if (recorded.isEmpty()) {
            needs.add(new ListItem("No functional needs recorded"));
        }
    }

    private String label(ParticipantNeed need) {
        return taxonomy.need(need.code()).map(Need::label).orElse(need.code());
    }

    private void showHistory(List<RevisionView> revisions) {
        history.removeAll();
        UnorderedList list = new UnorderedList();
        for (RevisionView revision : revisions) {
            Element time = new Element("time");
            time.setAttribute("datetime", revision.at().toString());
            time.setText(WHEN.format(revision.at()));
            H3 when = new H3();
            when.getElement().appendChild(time);
            when.add(new Text(" by " + revision.by()));
            UnorderedList changes = new UnorderedList();
            revision.changes().forEach(line -> changes.add(new ListItem(line)));
            list.add(new ListItem(when, changes));
        }
        history.add(revisions.isEmpty() ? new Paragraph("No changes recorded yet.") : list);
    }

    private String specialist(Long id) {
        return id == null ? "No specialist yet"
                : accounts.staffMember(id).map(StaffMember::name).orElse("Someone no longer on the team");
    }

    /** A description list from term, description, term, description... */
    private static DescriptionList facts(String... termsAndDescriptions) {
        DescriptionList list = new DescriptionList();
        list.addClassName("ww-facts");
        for (int i = 0; i < termsAndDescriptions.length; i += 2) {
            list.add(new Term(termsAndDescriptions[i]), new Description(termsAndDescriptions[i + 1]));
        }
        return list;
    }

    private static String hours(Double min, Double max) {
        if (min == null && max == null) {
            return "Any";
        }
        if (min == null) {
            return "Up to " + Numbers.plain(max);
        }
        return max == null ? "At least " + Numbers.plain(min) : Numbers.plain(min) + " to " + Numbers.plain(max);
    }

    private static String pay(Participant p) {
        if (p.minimumPay() == null) {
            return "Not given";
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
        String period = p.minimumPayPeriod() == null ? "" : " " + PayPeriod.valueOf(p.minimumPayPeriod()).label();
        return money.format(p.minimumPay()) + period;
    }


    private static String orNotGiven(String value) {
        return value == null || value.isBlank() ? "Not given" : value;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
