package org.workingwin.portal.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ActionDialog;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.participant.IntroducedParticipant;
import org.workingwin.portal.pipeline.EmployerAnswer;
import org.workingwin.portal.pipeline.Introduction;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.Stage;

/**
 * The employer's introductions, per vacancy: the participant's first name, how to get in touch, the
 * recruitment adjustments asked for, and (after an offer) the needs the participant agreed to share.
 * The employer answers each: invite to interview, or not progressing, with a note.
 */
@Route(value = "employer/introductions", layout = MainLayout.class)
@PageTitle("Introductions | Working Win")
@RolesAllowed("EMPLOYER")
@Prototype
public class IntroductionsView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PipelineService pipeline;
    private final SignedInUser user;
    final Div list = new Div();
    private Long vacancyId;

    public IntroductionsView(PipelineService pipeline) {
        this.pipeline = pipeline;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        list.setId("introductions");
        add(new H1("Introductions"), new Paragraph("Working Win specialists introduce people who want one of "
                + "your jobs. Please answer each introduction so the specialist can tell them."), list);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        vacancyId = parameter;
        show();
    }

    private void show() {
        list.removeAll();
        List<Introduction> introductions = pipeline.introductions(user, vacancyId);
        if (introductions.isEmpty()) {
            list.add(new Paragraph("No introductions yet."));
            return;
        }
        Map<Long, List<Introduction>> byVacancy = new LinkedHashMap<>();
        introductions.forEach(i -> byVacancy.computeIfAbsent(i.vacancyId(), k -> new java.util.ArrayList<>()).add(i));
        byVacancy.values().forEach(group -> {
            list.add(new H2(group.getFirst().vacancyTitle()));
            group.forEach(i -> list.add(card(i)));
        });
    }

    private Div card(Introduction i) {
        IntroducedParticipant p = i.participant();
        UnorderedList facts = new UnorderedList(
                new ListItem("Introduced " + DateTimes.dateTime(i.introducedAt())),
                new ListItem("How to get in touch: " + p.contact()),
                new ListItem("Recruitment adjustments asked for: " + (i.recruitmentAdjustments().isEmpty() ? "none"
                        : String.join(", ", i.recruitmentAdjustments()))),
                new ListItem("Now: " + stage(i)));
        Div card = new Div(new H3(p.firstName()), facts);
        card.addClassName("ww-card");
        card.setId("introduction-" + i.opportunityId());
        if (i.message() != null) {
            card.add(new Paragraph("From their employment specialist: " + i.message()));
        }
        if (!p.sharedNeeds().isEmpty()) {
            UnorderedList needs = new UnorderedList();
            p.sharedNeeds().forEach(n -> needs.add(new ListItem(n.label() + (n.note().isEmpty() ? "" : ": " + n.note()))));
            card.add(new Paragraph(p.firstName() + " agreed to share these needs with you, so you can plan "
                    + "adjustments:"), needs);
        }
        if (i.answer() != null) {
            card.add(new Paragraph("Your answer: " + i.answer().label() + (i.answerNote() == null ? ""
                    : ". " + i.answerNote())));
        }
        if (i.stage() != Stage.CLOSED && i.stage() != Stage.STARTED) {
            card.add(answers(i));
        }
        return card;
    }

    private HorizontalLayout answers(Introduction i) {
        HorizontalLayout row = new HorizontalLayout();
        for (EmployerAnswer answer : EmployerAnswer.values()) {
            Button button = new Button(answer.label(), e -> openAnswer(i, answer));
            button.setId("answer-" + answer.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                    + i.opportunityId());
            button.setAriaLabel(answer.label() + ": " + i.participant().firstName() + ", " + i.vacancyTitle());
            if (answer == EmployerAnswer.INVITE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            row.add(button);
        }
        return row;
    }

    private void openAnswer(Introduction i, EmployerAnswer answer) {
        TextArea note = new TextArea(answer == EmployerAnswer.INVITE ? "When and where? (optional)"
                : "Why not? It helps the specialist (optional)");
        note.setMaxLength(PipelineService.NOTE_MAX);
        note.setWidthFull();
        note.setId("answer-note");
        new ActionDialog(answer.label() + ": " + i.participant().firstName(), "Send answer", "confirm-answer",
                () -> pipeline.answer(user, i.opportunityId(), answer, note.getValue()),
                () -> {
                    FormErrors.success("Answer sent to the specialist");
                    show();
                }).field("note", note).open();
    }

    /** The stage in the employer's words. */
    private static String stage(Introduction i) {
        return switch (i.stage()) {
            case INTERVIEW -> "interview arranged";
            case OFFER -> "offer made";
            case STARTED -> "started work";
            case CLOSED -> "closed";
            default -> i.answer() == null ? "waiting for your answer" : "answered";
        };
    }
}
