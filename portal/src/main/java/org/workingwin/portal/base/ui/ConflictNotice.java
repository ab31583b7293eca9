package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.workingwin.portal.base.validation.ChangedBySomeoneElseException;

/**
 * What a form shows when its save was refused because someone else saved first
 * ({@link ChangedBySomeoneElseException}): the message, a link to their version (a new tab, so the
 * typed values stay here), and two explicit choices. Nothing the user typed changes until they choose:
 * "Start again from their version" loads the latest into the form; "Keep my changes" takes only the
 * latest version number, so the next save replaces theirs knowingly.
 */
public class ConflictNotice extends Div {

    private final Paragraph message = new Paragraph();
    private final Anchor theirs = new Anchor();
    private final Button useTheirs = new Button("Start again from their version");
    private final Button keepMine = new Button("Keep my changes");
    private Runnable onUseTheirs = () -> { };
    private Runnable onKeepMine = () -> { };

    public ConflictNotice() {
        setId("conflict");
        addClassName("ww-conflict");
        getElement().setAttribute("role", "alert");
        message.setId("conflict-message");
        theirs.setId("show-their-version");
        theirs.setText("Show their version (opens in a new tab)");
        theirs.setTarget(AnchorTarget.BLANK);
        useTheirs.setId("use-their-version");
        keepMine.setId("keep-my-changes");
        useTheirs.addClickListener(e -> {
            setVisible(false);
            onUseTheirs.run();
        });
        keepMine.addClickListener(e -> {
            setVisible(false);
            onKeepMine.run();
            FormErrors.success("Your changes are kept. Saving now replaces their version.");
        });
        HorizontalLayout choices = new HorizontalLayout(useTheirs, keepMine);
        choices.setWrap(true);
        add(message, theirs, choices);
        setVisible(false);
    }

    /**
     * Shows the refusal. {@code theirVersion}: the address of a page showing the stored version;
     * {@code useTheirs} reloads the form; {@code keepMine} takes the stored version number only.
     */
    public void show(ChangedBySomeoneElseException e, String theirVersion, Runnable useTheirs, Runnable keepMine) {
        message.setText(e.getMessage());
        theirs.setHref(theirVersion);
        onUseTheirs = useTheirs;
        onKeepMine = keepMine;
        setVisible(true);
        // The save button of a long form is far below: bring the choices to the user.
        scrollIntoView();
        FormErrors.error(e.getMessage());
    }

    public String text() {
        return message.getText();
    }

    public Button useTheirsButton() {
        return useTheirs;
    }

    public Button keepMineButton() {
        return keepMine;
    }

    public void hide() {
        setVisible(false);
    }
}
