package org.workingwin.portal.participant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.ConflictNotice;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.occupation.OccupationDirectory;
import org.workingwin.portal.participant.ParticipantService;

/** A specialist adds a participant to their caseload or changes one's profile. */
@Route(value = "specialist/participants/edit", layout = MainLayout.class)
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ParticipantEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ParticipantService participants;
    private final SignedInUser user;
    private final H1 heading = new H1("Add a participant");
    final ParticipantForm form;
    final ConflictNotice conflict = new ConflictNotice();
    private Long id;
    /** The stored version this form started from; a save is refused if someone else saved since. */
    private long version;

    public ParticipantEditorView(ParticipantService participants, Taxonomy taxonomy, OccupationDirectory occupations) {
        this.participants = participants;
        this.user = CurrentUser.require();
        this.form = new ParticipantForm(taxonomy, occupations);
        addClassName("ww-page");
        form.addSaveListener(e -> save());
        add(new Anchor("specialist/participants", "Back to my participants"), heading, conflict, form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        id = parameter;
        if (parameter != null) {
            load();
        }
    }

    private void load() {
        ParticipantService.Editable record = participants.editable(user, id);
        version = record.version();
        form.write(record.input());
        heading.setText("Edit " + form.firstName.getValue() + " " + form.lastName.getValue());
        conflict.hide();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Working Win";
    }

    private void save() {
        try {
            if (id == null) {
                id = participants.create(user, form.read());
            } else {
                participants.update(user, id, version, form.read());
            }
            form.errors.clear();
            form.showNeedErrors(java.util.Map.of());
            FormErrors.success("Saved " + form.firstName.getValue().strip() + " " + form.lastName.getValue().strip());
            getUI().ifPresent(ui -> ui.navigate(ParticipantRecordView.class, id));
        } catch (InvalidInputException e) {
            form.errors.show(e.fieldErrors());
            form.showNeedErrors(e.fieldErrors());
            FormErrors.error("Check the highlighted fields. Nothing you typed has been lost.");
        } catch (ChangedBySomeoneElseException e) {
            form.errors.clear();
            form.showNeedErrors(java.util.Map.of());
            conflict.show(e, "specialist/participants/record/" + id, this::load, () -> version = e.currentVersion());
        } catch (NotAllowedException e) {
            FormErrors.error(e.getMessage());
        }
    }
}
