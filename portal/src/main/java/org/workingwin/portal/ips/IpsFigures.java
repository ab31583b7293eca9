package org.workingwin.portal.ips;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantLimits;
import org.workingwin.portal.participant.ParticipantStatus;
import org.workingwin.portal.pipeline.StepKind;

/**
 * The arithmetic of the IPS figures, apart from loading, so each definition (src/site/ips-figures.md)
 * is written once and can be checked without a database.
 */
final class IpsFigures {

    private static final double DAYS_PER_WEEK = 7.0;

    /** What the figures are counted from: employer contact dates and pipeline steps, by participant id. */
    record Facts(Map<Long, List<LocalDate>> contactDates, Map<Long, List<StepKind>> steps) {

        List<LocalDate> contactsOf(long participantId) {
            return contactDates.getOrDefault(participantId, List.of());
        }

        List<StepKind> stepsOf(long participantId) {
            return steps.getOrDefault(participantId, List.of());
        }
    }

    private IpsFigures() {
    }

    static ParticipantFigures ofParticipant(Participant p, Facts facts, LocalDate today) {
        LocalDate enrolled = p.enrolledOn();
        List<LocalDate> contacts = facts.contactsOf(p.id());
        // IPS "rapid job search" measures the wait from enrolment; a contact logged before the recorded
        // enrolment date (the date corrected later) means no wait at all, not a negative one.
        Integer daysToFirst = contacts.stream().min(Comparator.naturalOrder())
                .map(first -> (int) Math.max(0, ChronoUnit.DAYS.between(enrolled, first))).orElse(null);
        long sinceEnrolment = contacts.stream().filter(d -> !d.isBefore(enrolled)).count();
        // Less than a week on the programme counts as one week, so one contact on the first day reads
        // as 1 a week, not 7.
        double weeks = Math.max(1, ChronoUnit.DAYS.between(enrolled, today) / DAYS_PER_WEEK);
        List<StepKind> steps = facts.stepsOf(p.id());
        return new ParticipantFigures(p.id(), p.name(), p.status().label(), enrolled, daysToFirst,
                sinceEnrolment / weeks, count(steps, StepKind.SHORTLISTED), count(steps, StepKind.INTRODUCED),
                count(steps, StepKind.INTERVIEW), count(steps, StepKind.JOB_START));
    }

    /**
     * A specialist's figures over everyone on their caseload, including those who have left (their
     * shortlists and job starts happened); only the caseload size and "without a contact yet" leave
     * them out, as those are about the people the specialist still supports.
     */
    static SpecialistFigures ofSpecialist(long specialistId, String name, long activeCaseload, double contactsPerWeek,
                                          List<Participant> caseload, Facts facts, LocalDate today) {
        List<ParticipantFigures> rows = caseload.stream().map(p -> ofParticipant(p, facts, today)).toList();
        OptionalDouble average = rows.stream().map(ParticipantFigures::daysToFirstEmployerContact)
                .filter(Objects::nonNull).mapToInt(Integer::intValue).average();
        int without = (int) caseload.stream()
                .filter(p -> p.status() != ParticipantStatus.LEFT && facts.contactsOf(p.id()).isEmpty()).count();
        return new SpecialistFigures(specialistId, name, activeCaseload, ParticipantLimits.CASELOAD_LIMIT,
                contactsPerWeek, average.isPresent() ? average.getAsDouble() : null, without,
                sum(rows, ParticipantFigures::shortlists), sum(rows, ParticipantFigures::introductions),
                sum(rows, ParticipantFigures::interviews), sum(rows, ParticipantFigures::jobStarts), rows);
    }

    private static int count(List<StepKind> steps, StepKind kind) {
        return (int) steps.stream().filter(s -> s == kind).count();
    }

    private static int sum(List<ParticipantFigures> rows, ToIntFunction<ParticipantFigures> figure) {
        return rows.stream().mapToInt(figure).sum();
    }
}
