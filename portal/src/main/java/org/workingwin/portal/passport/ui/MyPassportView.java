package org.workingwin.portal.passport.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.passport.PassportChoice;
import org.workingwin.portal.passport.PassportJob;
import org.workingwin.portal.passport.PassportService;

/**
 * The participant's adjustment passport: for each job they started, they choose what goes in and download
 * a PDF to hand to a new manager or send with an Access to Work application.
 */
@Route(value = "me/passport", layout = MainLayout.class)
@PageTitle("Your adjustment passport | Working Win")
@RolesAllowed("PARTICIPANT")
@Prototype
public class MyPassportView extends VerticalLayout {

    public MyPassportView(PassportService passports) {
        SignedInUser me = CurrentUser.require();
        addClassName("ww-page");
        add(new Anchor("me", "Back to your page"), new H1("Your adjustment passport"),
                new Paragraph("A short document of the workplace adjustments agreed with your employer. Give it to a "
                        + "new manager, or send it with an Access to Work application. You choose what it shows."));
        var jobs = passports.myJobs(me);
        if (jobs.isEmpty()) {
            add(new Paragraph("When you start a job with Working Win's help, the adjustments agreed with your "
                    + "employer will be here."));
        }
        jobs.forEach(job -> add(job(job, passports, me)));
    }

    private static Section job(PassportJob job, PassportService passports, SignedInUser me) {
        Section section = new Section(new H2(job.jobTitle() + " at " + job.employer()));
        section.setId("passport-" + job.opportunityId());
        if (job.agreed().isEmpty()) {
            section.add(new Paragraph("Your specialist has not recorded any agreed adjustments for this job yet. "
                    + "Ask them if you would like a passport."));
            return section;
        }
        CheckboxGroup<PassportJob.Agreed> adjustments = new CheckboxGroup<>("Adjustments to include");
        adjustments.setItems(job.agreed());
        adjustments.setItemLabelGenerator(a -> a.note() == null ? a.label() : a.label() + ": " + a.note());
        adjustments.setValue(new LinkedHashSet<>(job.agreed()));
        adjustments.setId("passport-adjustments-" + job.opportunityId());
        adjustments.addThemeName("vertical");
        Checkbox name = new Checkbox("Show my name", true);
        Checkbox employer = new Checkbox("Show the job and employer", true);
        Checkbox start = new Checkbox("Show when I started", true);
        Checkbox specialist = new Checkbox("Show my specialist's name and email", false);
        TextArea words = new TextArea("In your words (optional)");
        words.setHelperText("Anything you want a manager to know, for example what helps you on a hard day.");
        words.setMaxLength(PassportService.OWN_WORDS_MAX);
        words.setWidthFull();
        // The download runs outside the page's own requests: it reads this snapshot, kept up to date here.
        PassportChoice[] choice = new PassportChoice[1];
        Runnable remember = () -> choice[0] = new PassportChoice(adjustments.getValue().stream()
                .map(PassportJob.Agreed::code).collect(Collectors.toSet()), name.getValue(), employer.getValue(),
                start.getValue(), specialist.getValue(), words.getValue());
        remember.run();
        adjustments.addValueChangeListener(e -> remember.run());
        name.addValueChangeListener(e -> remember.run());
        employer.addValueChangeListener(e -> remember.run());
        start.addValueChangeListener(e -> remember.run());
        specialist.addValueChangeListener(e -> remember.run());
        words.addValueChangeListener(e -> remember.run());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = passports.pdf(me, job.opportunityId(), choice[0]);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "adjustment-passport.pdf", "application/pdf",
                    pdf.length);
        }), "Download your passport (PDF)");
        download.setId("download-passport-" + job.opportunityId());
        download.addClassName("ww-button-link");
        VerticalLayout alsoShow = new VerticalLayout(new Paragraph("Also show"), name, employer, start, specialist);
        alsoShow.setPadding(false);
        alsoShow.setSpacing(false);
        section.add(adjustments, alsoShow, words, download);
        return section;
    }
}
