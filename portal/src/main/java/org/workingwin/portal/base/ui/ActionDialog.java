package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * A dialog that asks for a few values and then does one thing. A refused value is shown at its field
 * and the dialog stays open with everything typed; on success it closes and runs {@code after}.
 */
public class ActionDialog extends Dialog {

    /** The action; it may throw {@link InvalidInputException} with messages keyed by field name. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    private final FormErrors errors = new FormErrors();
    private final VerticalLayout body = new VerticalLayout();
    final Button confirm;

    public ActionDialog(String title, String confirmLabel, String confirmId, Action action, Runnable after) {
        setHeaderTitle(title);
        body.setPadding(false);
        add(body);
        confirm = new Button(confirmLabel, e -> {
            try {
                action.run();
                close();
                after.run();
            } catch (InvalidInputException ex) {
                errors.show(ex.fieldErrors());
            } catch (NotAllowedException ex) {
                close();
                FormErrors.error(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId(confirmId);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, confirm);
    }

    /** Adds a field whose errors arrive under {@code name}. */
    public <C extends Component & HasValidation> ActionDialog field(String name, C field) {
        errors.bind(name, field);
        body.add(field);
        return this;
    }

    /** Adds text or a component with no errors of its own. */
    public ActionDialog content(Component component) {
        body.add(component);
        return this;
    }
}
