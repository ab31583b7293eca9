package org.workingwin.portal.ips.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.workingwin.portal.base.security.CurrentUser;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.ui.DateTimes;
import org.workingwin.portal.base.ui.MainLayout;
import org.workingwin.portal.ips.IpsFiguresService;
import org.workingwin.portal.ips.ParticipantFigures;
import org.workingwin.portal.ips.SpecialistFigures;
import org.workingwin.portal.pipeline.OpportunityDetails;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.ui.OverdueReviewList;

/**
 * Where specialists and administrators land: a specialist's IPS figures with a row per participant, or
 * for an administrator a row per specialist; and the reviews that are overdue. The rows are computed
 * together from a capped caseload (or one row per specialist), so the grids take them as a list rather
 * than paging.
 */
@Route(value = "specialist", layout = MainLayout.class)
@PageTitle("My work | Working Win")
@RolesAllowed({"SPECIALIST", "ADMIN"})
@Prototype
public class SpecialistHomeView extends VerticalLayout {

    final H1 title = new H1();
    final Paragraph caseload = new Paragraph();
    final Paragraph contactsPerWeek = new Paragraph();
    final Paragraph averageDays = new Paragraph();
    final Paragraph withoutContact = new Paragraph();
    final Paragraph totals = new Paragraph();
    final Grid<ParticipantFigures> participants = new Grid<>(ParticipantFigures.class, false);
    final Grid<SpecialistFigures> specialists = new Grid<>(SpecialistFigures.class, false);
    final OverdueReviewList overdueReviews;
    final com.vaadin.flow.component.html.UnorderedList interested =
            new com.vaadin.flow.component.html.UnorderedList();

    public SpecialistHomeView(IpsFiguresService figures, EmploymentPlanService plans, PipelineService pipeline) {
        SignedInUser user = CurrentUser.require();
        addClassName("ww-page");
        overdueReviews = new OverdueReviewList(plans.overdue(user));
        if (user.is(Role.ADMIN)) {
            showEverySpecialist(figures);
        } else {
            showMine(figures.mine(user));
            showInterested(pipeline.waitingInterested(user));
        }
    }

    /** Vacancies a participant said they are interested in, waiting for the specialist's next step. */
    private void showInterested(java.util.List<OpportunityDetails> waiting) {
        interested.setId("interested-participants");
        waiting.forEach(o -> interested.add(new com.vaadin.flow.component.html.ListItem(
                new com.vaadin.flow.component.html.Anchor("specialist/opportunities/" + o.opportunity().id(),
                        o.participantName() + " is interested in " + o.vacancyTitle() + " ("
                                + o.organisationName() + ")"))));
        Paragraph none = new Paragraph("No one is waiting for you.");
        addComponentAtIndex(indexOf(overdueReviews) - 1, new H2("Participants who said they are interested"));
        addComponentAtIndex(indexOf(overdueReviews) - 1, waiting.isEmpty() ? none : interested);
    }

    private void showMine(SpecialistFigures mine) {
        title.setText("My work");
        caseload.setText("Caseload: " + mine.activeCaseload() + " of " + mine.caseloadLimit());
        contactsPerWeek.setText("Employer contacts per week (last four weeks): " + perWeek(mine.contactsPerWeek()));
        averageDays.setText("Average days to first employer contact: "
                + averageDays(mine.averageDaysToFirstEmployerContact()));
        withoutContact.setText("Participants without an employer contact yet: " + mine.withoutEmployerContact());
        totals.setText("Shortlists: " + mine.shortlists() + ", introductions: " + mine.introductions()
                + ", interviews: " + mine.interviews() + ", job starts: " + mine.jobStarts());
        participants.addColumn(ParticipantFigures::name).setHeader("Participant").setFlexGrow(2);
        participants.addColumn(ParticipantFigures::status).setHeader("Status").setFlexGrow(2);
        participants.addColumn(p -> DateTimes.date(p.enrolledOn())).setHeader("Enrolled");
        number(participants, p -> p.daysToFirstEmployerContact() == null ? "None yet"
                : String.valueOf(p.daysToFirstEmployerContact()), "Days to first employer contact");
        number(participants, p -> perWeek(p.employerContactsPerWeek()), "Employer contacts per week");
        countColumns(participants, ParticipantFigures::shortlists, ParticipantFigures::introductions,
                ParticipantFigures::interviews, ParticipantFigures::jobStarts);
        participants.setItems(mine.participants());
        participants.setAllRowsVisible(true);
        participants.setAriaLabel("IPS figures for each participant on my caseload");
        participants.setEmptyStateText("No participants on your caseload yet.");
        add(title, caseload, contactsPerWeek, averageDays, withoutContact, totals, new H2("Overdue reviews"),
                overdueReviews, new H2("Participants"), participants, new FigureMeanings());
    }

    private void showEverySpecialist(IpsFiguresService figures) {
        title.setText("Specialists' IPS figures");
        specialists.addColumn(SpecialistFigures::specialistName).setHeader("Specialist").setFlexGrow(2);
        number(specialists, s -> s.activeCaseload() + " of " + s.caseloadLimit(), "Caseload");
        number(specialists, s -> perWeek(s.contactsPerWeek()), "Employer contacts per week");
        number(specialists, s -> averageDays(s.averageDaysToFirstEmployerContact()),
                "Average days to first employer contact");
        number(specialists, s -> String.valueOf(s.withoutEmployerContact()), "Without an employer contact yet");
        countColumns(specialists, SpecialistFigures::shortlists, SpecialistFigures::introductions,
                SpecialistFigures::interviews, SpecialistFigures::jobStarts);
        specialists.setItems(figures.everySpecialist(CurrentUser.require()));
        specialists.setAllRowsVisible(true);
        specialists.setAriaLabel("IPS figures for each specialist");
        specialists.setEmptyStateText("No specialists yet.");
        add(title, specialists, new H2("Overdue reviews"), overdueReviews, new FigureMeanings());
    }

    private static <T> void countColumns(Grid<T> grid, ValueProvider<T, Integer> shortlists,
                                         ValueProvider<T, Integer> introductions, ValueProvider<T, Integer> interviews,
                                         ValueProvider<T, Integer> jobStarts) {
        number(grid, t -> String.valueOf(shortlists.apply(t)), "Shortlists");
        number(grid, t -> String.valueOf(introductions.apply(t)), "Introductions");
        number(grid, t -> String.valueOf(interviews.apply(t)), "Interviews");
        number(grid, t -> String.valueOf(jobStarts.apply(t)), "Job starts");
    }

    private static <T> void number(Grid<T> grid, ValueProvider<T, String> value, String header) {
        grid.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END);
    }

    private static String perWeek(double value) {
        return String.format(Locale.UK, "%.2f", value);
    }

    private static String averageDays(Double value) {
        return value == null ? "None yet" : String.format(Locale.UK, "%.1f", value);
    }
}
