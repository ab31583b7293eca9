package org.workingwin.portal.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.stream.Collectors;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.DirectoryLimits;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ListingRegistration;
import org.workingwin.portal.directory.ServiceArea;
import org.workingwin.portal.directory.SupportDirectoryService;
import org.workingwin.portal.location.PostcodeDirectory;

/** An organisation asks to be listed in the support directory; an administrator checks it first. */
@Route(value = "support/register", layout = MainLayout.class)
@PageTitle("List your organisation | Working Win")
@AnonymousAllowed
@Prototype
public class RegisterProviderView extends VerticalLayout {

    private final SupportDirectoryService directory;
    final TextField name = new TextField("Organisation name");
    final TextArea description = new TextArea("What help do you offer?");
    final CheckboxGroup<HelpKind> kinds = new CheckboxGroup<>("Kinds of help");
    final CheckboxGroup<Audience> audiences = new CheckboxGroup<>("Who it is for");
    final CheckboxGroup<ServiceArea> areas = new CheckboxGroup<>("Areas you serve");
    final TextField website = new TextField("Website (optional)");
    final EmailField email = new EmailField("Email address for enquiries (optional)");
    final TextField phone = new TextField("Phone number (optional)");
    final TextField address = new TextField("Address (optional)");
    final TextField postcode = new TextField("Postcode (optional)");
    final TextField contactName = new TextField("Your name");
    final EmailField contactEmail = new EmailField("Your email address");
    final Button send = new Button("Send for checking");
    final Div form = new Div();
    final Div confirmation = new Div();
    private final FormErrors errors = new FormErrors();

    public RegisterProviderView(SupportDirectoryService directory) {
        this.directory = directory;
        addClassName("ww-page");
        name.setMaxLength(DirectoryLimits.NAME_MAX);
        name.setId("listing-name");
        description.setMaxLength(DirectoryLimits.DESCRIPTION_MAX);
        description.setHelperText("In plain words: what you do, whether it is free, and how to start. Up to "
                + DirectoryLimits.DESCRIPTION_MAX + " characters.");
        description.setMinHeight("8em");
        description.setId("listing-description");
        kinds.setItems(HelpKind.values());
        kinds.setItemLabelGenerator(HelpKind::label);
        kinds.setId("listing-kinds");
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(Audience::label);
        audiences.setId("listing-audiences");
        areas.setItems(ServiceArea.ALL);
        areas.setItemLabelGenerator(ServiceArea::name);
        areas.setId("listing-areas");
        for (CheckboxGroup<?> group : java.util.List.of(kinds, audiences, areas)) {
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        }
        website.setMaxLength(DirectoryLimits.WEBSITE_MAX);
        website.setHelperText("For example https://example.org/our-service");
        website.setId("listing-website");
        email.setMaxLength(DirectoryLimits.EMAIL_MAX);
        email.setId("listing-email");
        phone.setMaxLength(DirectoryLimits.PHONE_MAX);
        phone.setId("listing-phone");
        address.setMaxLength(DirectoryLimits.ADDRESS_MAX);
        address.setId("listing-address");
        postcode.setMaxLength(PostcodeDirectory.MAX_LENGTH);
        postcode.setId("listing-postcode");
        contactName.setMaxLength(DirectoryLimits.CONTACT_NAME_MAX);
        contactName.setId("contact-name");
        contactEmail.setMaxLength(DirectoryLimits.EMAIL_MAX);
        contactEmail.setHelperText("We write to you only about this listing");
        contactEmail.setId("contact-email");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-listing");
        send.addClickListener(e -> send());
        errors.bind("name", name).bind("description", description).bind("kinds", kinds)
                .bind("audiences", audiences).bind("areas", areas).bind("website", website).bind("email", email)
                .bind("phone", phone).bind("address", address).bind("postcode", postcode)
                .bind("contactName", contactName).bind("contactEmail", contactEmail);

        FormLayout about = new FormLayout(name, description);
        about.setColspan(description, 2);
        FormLayout choices = new FormLayout(kinds, audiences, areas);
        choices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        FormLayout contact = new FormLayout(website, email, phone, address, postcode);
        FormLayout you = new FormLayout(contactName, contactEmail);
        form.add(new Paragraph("If your organisation offers free or low-cost help with work, skills, volunteering, "
                        + "debt and benefits, or health to people in Barnsley, Doncaster, Rotherham, Sheffield, "
                        + "Bassetlaw, Bolsover, Chesterfield, Derbyshire Dales or North East Derbyshire, tell us "
                        + "about it here. An administrator checks each listing before it appears in the directory."),
                new H2("About the help you offer"), about, choices,
                new H2("How people get in touch"),
                new Paragraph("Give at least one of a website, an email address or a phone number. "
                        + "These appear in the directory."), contact,
                new H2("About you"),
                new Paragraph("So we can ask about the listing. Your name and email address are not shown."), you,
                send);
        form.setWidthFull();
        confirmation.setId("listing-confirmation");
        confirmation.setVisible(false);
        add(new H1("List your organisation"), form, confirmation);
    }

    private void send() {
        try {
            directory.register(new ListingRegistration(name.getValue(), description.getValue(), kinds.getValue(),
                    audiences.getValue(), areas.getValue().stream().map(ServiceArea::code).collect(Collectors.toSet()),
                    website.getValue(), email.getValue(), phone.getValue(), address.getValue(), postcode.getValue(),
                    contactName.getValue(), contactEmail.getValue()));
            errors.clear();
            showConfirmation();
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private void showConfirmation() {
        H2 thanks = new H2("Thank you: we have your listing");
        thanks.getElement().setAttribute("tabindex", "-1");
        confirmation.add(thanks,
                new Paragraph("An administrator will check the listing for " + name.getValue().strip()
                        + " before it appears in the directory. If we have questions we will email "
                        + contactEmail.getValue().strip() + "."),
                new Paragraph(new RouterLink("Back to local support", SupportDirectoryView.class)));
        form.setVisible(false);
        confirmation.setVisible(true);
        // Tell screen-reader users where they are now that the form has gone.
        thanks.getElement().executeJs("this.focus()");
    }
}
