package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.workingwin.portal.base.ui.SelectNames;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.StaffMember;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.participant.ParticipantLimits;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.randomisation.Allocation;
import org.workingwin.portal.randomisation.Arm;
import org.workingwin.portal.referral.InformationSheet;
import org.workingwin.portal.referral.Referral;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.ReferralStatus;

/**
 * One referral: who, how to reach them, and the next step: record eligibility and consent at the first
 * appointment, reveal the allocation, then give a new-service participant a specialist or a control
 * participant the information pack.
 */
@Route(value = "admin/referral", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Prototype
public class ReferralView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReferralService referrals;
    private final ParticipantService participants;
    private final AccountService accounts;
    private final ControlPack controlPack;
    private final SignedInUser user;
    private final H1 heading = new H1();
    final Span status = new Span();
    final Div next = new Div();
    final Div allocation = new Div();
    private final Div facts = new Div();
    private long id;

    public ReferralView(ReferralService referrals, ParticipantService participants, AccountService accounts,
                        ControlPack controlPack) {
        this.referrals = referrals;
        this.participants = participants;
        this.accounts = accounts;
        this.controlPack = controlPack;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        status.setId("referral-status");
        status.addClassName("ww-status");
        next.setId("referral-next");
        allocation.setId("allocation");
        allocation.getElement().setAttribute("role", "status");
        add(new Anchor("admin/referrals", "Back to referrals"), heading, new Paragraph(new Span("Now: "), status),
                facts, new H2("Next step"), next, allocation);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void refresh() {
        Referral r = referrals.details(user, id);
        heading.setText(r.name());
        status.setText(r.status().label());
        facts.removeAll();
        facts.add(facts(r));
        next.removeAll();
        switch (r.status()) {
            case NEW -> next.add(new HorizontalLayout(button("Record eligibility and consent", "record-consent",
                    () -> openConsent(r)), button("Close the referral", "close-referral", () -> openClose(r))));
            case CONSENTED -> next.add(button("Reveal the allocation", "reveal-allocation", () -> openReveal(r)));
            case NEW_SERVICE -> next.add(enrolment(r));
            case ENROLLED -> next.add(new Anchor("specialist/participants/record/" + r.participantId(),
                    "Open " + r.firstName() + "'s participant record"));
            case CONTROL -> next.add(new Paragraph("Give " + r.firstName() + " the information pack below."));
            case CLOSED -> next.add(new Paragraph("Closed: " + r.statusNote()));
        }
        allocation.removeAll();
        Optional<Allocation> revealed = referrals.allocation(user, id);
        revealed.ifPresent(a -> {
            allocation.add(new H2("Allocation"), new Paragraph(a.arm().label()), new Paragraph("Revealed "
                    + DateTimes.dateTime(a.revealedAt()) + " by " + accounts.authorName(a.revealedBy(), null)
                    + ". It cannot be changed."));
            UnorderedList reveals = new UnorderedList();
            referrals.revealAudit(user, id).forEach(entry -> reveals.add(new ListItem(
                    ("REVEALED".equals(entry.event()) ? "Revealed " : "Shown again ") + DateTimes.dateTime(entry.at())
                            + " to " + accounts.authorName(entry.actorId(), null))));
            reveals.setId("reveal-audit");
            allocation.add(new Paragraph("Every reveal is recorded:"), reveals);
            if (a.arm() == Arm.CONTROL) {
                allocation.add(controlPack.forArea(r.localAuthorityCode(), r.localAuthority()));
            }
        });
    }

    private Component facts(Referral r) {
        UnorderedList list = new UnorderedList(
                new ListItem("Received " + DateTimes.dateTime(r.createdAt()) + ": " + r.source().label()),
                new ListItem("Area: " + r.postcodeDistrict() + ", " + r.localAuthority() + " · "
                        + r.employmentStatus().label()),
                new ListItem("Contact: " + r.preferredContact().label() + " preferred"
                        + (r.email() == null ? "" : " · " + r.email()) + (r.phone() == null ? "" : " · " + r.phone())
                        + (r.bestTime() == null ? "" : " · best: " + r.bestTime())));
        if (r.referrerName() != null) {
            list.add(new ListItem("Referred by: " + String.join(", ", java.util.stream.Stream.of(r.referrerName(),
                    r.referrerRole(), r.referrerOrganisation(), r.referrerEmail(), r.referrerPhone())
                    .filter(java.util.Objects::nonNull).toList())));
        }
        if (r.employerName() != null) {
            list.add(new ListItem("Employer: " + r.employerName() + (r.employerContact() == null ? ""
                    : " (" + r.employerContact() + ")") + (r.employerAgreesToContact()
                    ? " · may be contacted" : " · do not contact the employer")));
        }
        if (r.message() != null) {
            list.add(new ListItem("Their message: " + r.message()));
        }
        if (r.consentDate() != null) {
            list.add(new ListItem("Consent given " + DateTimes.date(r.consentDate()) + " on the information sheet "
                    + r.consentSheetVersion() + ", recorded by " + accounts.authorName(r.consentRecordedBy(), null)));
        }
        return list;
    }

    private void openConsent(Referral r) {
        Checkbox confirmed = new Checkbox("Eligibility confirmed at the appointment");
        confirmed.setId("eligibility-confirmed");
        Select<String> sheet = SelectNames.named(new Select<>());
        sheet.setLabel("Information sheet they read");
        sheet.setItems(InformationSheet.VERSIONS);
        sheet.setId("sheet-version");
        DatePicker date = new DatePicker("Date of consent", LocalDate.now());
        date.setLocale(Locale.UK);
        date.setId("consent-date");
        new ActionDialog("Eligibility and consent: " + r.name(), "Record consent", "confirm-consent",
                () -> referrals.recordConsent(user, r.id(), confirmed.getValue(), sheet.getValue(), date.getValue()),
                () -> {
                    FormErrors.success("Consent recorded for " + r.name());
                    refresh();
                }).content(confirmed).field("sheetVersion", sheet).field("consentDate", date).open();
    }

    private void openClose(Referral r) {
        TextArea reason = new TextArea("Why is it closed?");
        reason.setWidthFull();
        reason.setId("close-reason");
        reason.setMaxLength(ReferralService.REASON_MAX);
        new ActionDialog("Close the referral: " + r.name(), "Close", "confirm-close",
                () -> referrals.close(user, r.id(), reason.getValue()), this::refresh).field("reason", reason).open();
    }

    private void openReveal(Referral r) {
        new ActionDialog("Reveal the allocation: " + r.name(), "Reveal", "confirm-reveal",
                () -> referrals.reveal(user, r.id()), this::refresh)
                .content(new Paragraph("The portal reveals the next allocation of the concealed sequence for "
                        + r.localAuthority() + ", " + r.employmentStatus().label().toLowerCase(Locale.UK)
                        + ". Nobody can choose it, and once revealed it can never be changed.")).open();
    }

    private Component enrolment(Referral r) {
        Select<StaffMember> specialist = SelectNames.named(new Select<>());
        specialist.setLabel("Specialist");
        specialist.setItems(accounts.specialists());
        specialist.setItemLabelGenerator(s -> s.name() + " (" + participants.activeCaseloadSize(s.id()) + " of "
                + ParticipantLimits.CASELOAD_LIMIT + ")");
        specialist.setId("enrol-specialist");
        Button enrol = button("Add to their caseload", "enrol", () -> {
            try {
                referrals.enrol(user, r.id(), specialist.getValue() == null ? null : specialist.getValue().id());
                FormErrors.success(r.firstName() + " is on " + specialist.getValue().name() + "'s caseload");
                refresh();
            } catch (InvalidInputException e) {
                specialist.setErrorMessage(String.join(". ", e.fieldErrors().values()));
                specialist.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(specialist, enrol);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
