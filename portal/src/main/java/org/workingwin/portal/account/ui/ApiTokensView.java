package org.workingwin.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.workingwin.portal.account.ApiToken;
import org.workingwin.portal.account.ApiTokenService;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;

/** Specialists and administrators create and revoke their API tokens; a new token is shown once. */
@Route(value = "account/api-tokens", layout = MainLayout.class)
@PageTitle("API tokens | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class ApiTokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private final ApiTokenService tokens;
    private final SignedInUser user;
    final TextField name = new TextField("Name of the new token");
    final TextField secret = new TextField("Your new token (copy it now: it is shown only once)");
    final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        this.user = CurrentUser.require();
        addClassName("ww-page");
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setId("token-name");
        name.setHelperText("For example: caseload sync");
        Button create = new Button("Create token", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        secret.setReadOnly(true);
        secret.setVisible(false);
        secret.setWidthFull();
        secret.setId("token-secret");
        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : WHEN.format(t.lastUsedAt())).setHeader("Last used");
        grid.addComponentColumn(this::revokeButton).setHeader("Status");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Your API tokens");
        grid.setEmptyStateText("You have no API tokens.");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("API tokens"), new Paragraph("Programs that use the Working Win API send one of these tokens as "
                + "\"Authorization: Bearer <token>\". Anyone with the token can act as you: keep it safe and "
                + "revoke it when it is no longer needed."), form, secret, grid);
        refresh();
    }

    private void create() {
        try {
            var created = tokens.create(user, name.getValue());
            name.clear();
            name.setInvalid(false);
            secret.setValue(created.secret());
            secret.setVisible(true);
            refresh();
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.fieldErrors().get("name"));
            name.setInvalid(true);
        }
    }

    private com.vaadin.flow.component.Component revokeButton(ApiToken token) {
        if (!token.active()) {
            return new Paragraph("Revoked " + WHEN.format(token.revokedAt()));
        }
        Button revoke = new Button("Revoke", e -> {
            tokens.revoke(user, token.id());
            FormErrors.success("Token revoked: " + token.name());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel("Revoke " + token.name());
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.list(user));
    }
}
