package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's field errors next to their fields (and moves focus to the first), leaving every
 * value as typed. Errors with no field of their own are shown in a notification.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage("");
        });
    }

    public void show(Map<String, String> errors) {
        clear();
        boolean focused = false;
        StringBuilder unplaced = new StringBuilder();
        for (var error : errors.entrySet()) {
            HasValidation field = fields.get(error.getKey());
            if (field == null) {
                unplaced.append(error.getValue()).append(". ");
                continue;
            }
            field.setErrorMessage(error.getValue());
            field.setInvalid(true);
            if (!focused && field instanceof Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        if (!unplaced.isEmpty()) {
            error(unplaced.toString().strip());
        }
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        // An earlier error is out of date once something succeeds: do not leave it beside the good news.
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            ui.getChildren().filter(c -> c instanceof Notification note && note.getThemeNames().contains("error"))
                    .map(Notification.class::cast).toList().forEach(Notification::close);
        }
        Notification n = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

}
