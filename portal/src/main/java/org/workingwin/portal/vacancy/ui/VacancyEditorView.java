package org.workingwin.portal.vacancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.ui.ConflictNotice;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.occupation.OccupationDirectory;
import org.workingwin.portal.vacancy.VacancyDetails;
import org.workingwin.portal.vacancy.VacancyService;
import org.workingwin.portal.vacancy.VacancyStatus;
import org.workingwin.portal.vacancy.VacancyStatusChange;

/** Create or change one of the organisation's vacancies, and move it through its life. */
@Route(value = "employer/vacancies/edit", layout = MainLayout.class)
@RolesAllowed("EMPLOYER")
@Prototype
public class VacancyEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private final VacancyService vacancies;
    private final OccupationDirectory occupations;
    private final SignedInUser user;
    private final H1 heading = new H1("Post a vacancy");
    private final Span status = new Span();
    final Paragraph sentBack = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout history = new VerticalLayout();
    final VacancyForm form;
    final ConflictNotice conflict = new ConflictNotice();
    private Long id;
    /** The stored version this form started from; a save is refused if someone else saved since. */
    private Long version;

    public VacancyEditorView(VacancyService vacancies, OccupationDirectory occupations, Taxonomy taxonomy) {
        this.vacancies = vacancies;
        this.occupations = occupations;
        this.user = CurrentUser.require();
        this.form = new VacancyForm(taxonomy, occupations.all());
        addClassName("ww-page");
        status.addClassName("ww-status");
        status.setId("vacancy-status");
        sentBack.setId("sent-back-reason");
        sentBack.addClassName("ww-sent-back");
        sentBack.setVisible(false);
        actions.setWrap(true);
        history.setPadding(false);
        form.addSaveListener(e -> save(e.submit()));
        add(heading, status, sentBack, conflict, form, actions, history);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        this.id = parameter;
        if (parameter != null) {
            show(vacancies.details(user, parameter));
        } else {
            status.setText("New vacancy: not saved yet");
        }
    }

    @Override
    public String getPageTitle() {
        return (id == null ? "Post a vacancy" : "Edit vacancy") + " | Working Win";
    }

    private void show(VacancyDetails details) {
        version = details.vacancy().version();
        conflict.hide();
        heading.setText(details.vacancy().title());
        VacancyStatus current = details.vacancy().status();
        status.setText("Status: " + current.label());
        VacancyService.sendBackReason(details).ifPresentOrElse(reason -> {
            sentBack.setText("A Working Win specialist asks you to change this before it is published: " + reason);
            sentBack.setVisible(true);
        }, () -> sentBack.setVisible(false));
        form.write(VacancyService.toDraft(details), occupations::find);
        form.setReadOnly(current.isFinished());
        if (current == VacancyStatus.PUBLISHED) {
            form.submit.setText("Save and send for checks again");
        }
        actions.removeAll();
        if (current == VacancyStatus.PUBLISHED) {
            actions.add(action("Close", "close-vacancy", vacancyId -> vacancies.close(user, vacancyId),
                            "The vacancy is closed"),
                    action("Mark as filled", "fill-vacancy", vacancyId -> vacancies.markFilled(user, vacancyId),
                            "The vacancy is marked as filled"));
        }
        if (!current.isFinished()) {
            actions.add(action("Withdraw", "withdraw-vacancy", vacancyId -> vacancies.withdraw(user, vacancyId),
                    "The vacancy is withdrawn"));
        }
        history.removeAll();
        UnorderedList list = new UnorderedList();
        for (VacancyStatusChange change : details.history()) {
            list.add(new ListItem(WHEN.format(change.changedAt()) + ": " + change.toStatus().label() + ", by "
                    + details.authors().get(change.changedBy())
                    + (change.reason() == null ? "" : " (" + change.reason() + ")")));
        }
        history.add(new H2("History"), list);
    }

    private Button action(String label, String elementId, LongConsumer change, String done) {
        Button button = new Button(label, e -> {
            try {
                change.accept(id);
                FormErrors.success(done);
                show(vacancies.details(user, id));
            } catch (NotAllowedException ex) {
                FormErrors.error(ex.getMessage());
            }
        });
        button.setId(elementId);
        return button;
    }

    private void save(boolean submit) {
        try {
            var draft = form.read();
            long saved = submit ? vacancies.submit(user, id, version, draft) : vacancies.save(user, id, version, draft);
            form.errors.clear();
            FormErrors.success(submit ? "Sent for checks. A Working Win specialist will look at it soon."
                    : "Draft saved");
            if (id == null) {
                getUI().ifPresent(ui -> ui.navigate(VacancyEditorView.class, saved));
            } else {
                show(vacancies.details(user, saved));
            }
        } catch (InvalidInputException e) {
            form.showErrors(e.fieldErrors());
            FormErrors.error("Check the highlighted fields. Nothing you typed has been lost.");
        } catch (ChangedBySomeoneElseException e) {
            form.errors.clear();
            conflict.show(e, "employer/vacancies/edit/" + id, () -> show(vacancies.details(user, id)),
                    () -> version = e.currentVersion());
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
    }

}
