package org.workingwin.portal.report;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Need;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.base.csv.CsvWriter;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.ips.IpsFiguresService;
import org.workingwin.portal.ips.SpecialistFigures;

/**
 * Reports for specialists (their own caseload) and administrators (everyone): the pipeline funnel, job
 * starts by month and by local authority, the IPS figures, and the adjustments most offered and most
 * needed. Counts only: no report names a participant or holds a note. Definitions in src/site/reports.md.
 */
@Singleton
public class ReportService {

    static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    /** The funnel's stages in order, each the step kind that reaches it ("ALL": every opportunity). */
    private static final Map<String, String> FUNNEL = funnel();

    private final ReportQueries queries;
    private final IpsFiguresService ips;
    private final Taxonomy taxonomy;
    private final Clock clock;

    ReportService(ReportQueries queries, IpsFiguresService ips, Taxonomy taxonomy, Clock clock) {
        this.queries = queries;
        this.ips = ips;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    private static Map<String, String> funnel() {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("ALL", "Suggested and acted on");
        stages.put("SHORTLISTED", "Shortlisted");
        stages.put("SHARED", "Shared with the participant");
        stages.put("INTERESTED", "Participant interested");
        stages.put("INTRODUCED", "Introduced to the employer");
        stages.put("INTERVIEW", "Interview");
        stages.put("OFFER", "Offer");
        stages.put("JOB_START", "Job start");
        return stages;
    }

    /** Every report, scoped to the caller: a specialist's caseload, or everyone for an administrator. */
    public List<Report> reports(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Long scope = actor.is(Role.ADMIN) ? null : actor.id();
        String whose = scope == null ? "all participants" : "your caseload";
        return List.of(funnel(scope, whose), startsByMonth(scope, whose), startsByArea(scope, whose), ipsFigures(actor),
                adjustmentsOffered(), adjustmentsNeeded(scope, whose));
    }

    private Report funnel(Long scope, String whose) {
        Map<String, Long> reached = queries.stepsReached(scope);
        List<Report.Bar> bars = FUNNEL.entrySet().stream()
                .map(e -> new Report.Bar(e.getValue(), reached.getOrDefault(e.getKey(), 0L))).toList();
        return Report.ofBars("funnel", "Pipeline funnel", "How many of the vacancies suggested for " + whose
                + " reached each step: " + summary(bars) + ".", "Step", "Opportunities", bars);
    }

    private Report startsByMonth(Long scope, String whose) {
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, 0L);
        }
        for (LocalDate start : queries.jobStartDates(scope, first.atDay(1))) {
            byMonth.computeIfPresent(YearMonth.from(start), (m, n) -> n + 1);
        }
        List<Report.Bar> bars = byMonth.entrySet().stream()
                .map(e -> new Report.Bar(MONTH.format(e.getKey()), e.getValue())).toList();
        long total = bars.stream().mapToLong(Report.Bar::value).sum();
        return Report.ofBars("job-starts-by-month", "Job starts by month", "Job starts for " + whose
                + " in the last " + MONTHS + " months: " + total + " in all.", "Month", "Job starts", bars);
    }

    private Report startsByArea(Long scope, String whose) {
        List<Report.Bar> bars = bars(queries.jobStartsByArea(scope));
        return Report.ofBars("job-starts-by-area", "Job starts by local authority", bars.isEmpty()
                ? "No job starts for " + whose + " yet." : "Job starts for " + whose + " by where the job is: "
                + summary(bars) + ".", "Local authority", "Job starts", bars);
    }

    private Report ipsFigures(SignedInUser actor) {
        List<SpecialistFigures> figures = actor.is(Role.ADMIN) ? ips.everySpecialist(actor) : List.of(ips.mine(actor));
        List<List<String>> rows = figures.stream().map(f -> List.of(f.specialistName(),
                f.activeCaseload() + " of " + f.caseloadLimit(), String.format(Locale.UK, "%.1f", f.contactsPerWeek()),
                f.averageDaysToFirstEmployerContact() == null ? "none yet"
                        : String.format(Locale.UK, "%.1f", f.averageDaysToFirstEmployerContact()),
                Integer.toString(f.shortlists()), Integer.toString(f.introductions()),
                Integer.toString(f.interviews()), Integer.toString(f.jobStarts()))).toList();
        return new Report("ips", "IPS figures", "Caseload, employer contacts per week over the last four weeks, "
                + "average days to a first employer contact, and pipeline counts, per specialist.",
                List.of("Specialist", "Caseload", "Employer contacts a week", "Average days to first contact",
                        "Shortlists", "Introductions", "Interviews", "Job starts"), rows, List.of());
    }

    private Report adjustmentsOffered() {
        Map<String, Long> byCode = queries.adjustmentsOffered();
        Map<String, Long> labelled = new LinkedHashMap<>();
        byCode.forEach((code, n) -> labelled.put(taxonomy.adjustment(code).map(Adjustment::label).orElse(code), n));
        List<Report.Bar> bars = bars(labelled);
        return Report.ofBars("adjustments-offered", "Adjustments most offered", bars.isEmpty()
                ? "No published vacancy lists an adjustment yet." : "How many published vacancies offer each "
                + "adjustment, most first: " + summary(bars.subList(0, Math.min(3, bars.size()))) + ".",
                "Adjustment", "Published vacancies", bars);
    }

    /**
     * For each adjustment, how many active participants have a need it meets: what employers would most
     * help by offering.
     */
    private Report adjustmentsNeeded(Long scope, String whose) {
        Map<String, Set<Long>> participantsHelped = new LinkedHashMap<>();
        queries.activeNeeds(scope).forEach((participant, codes) -> {
            for (String code : codes) {
                for (String adjustment : taxonomy.need(code).map(Need::metBy).orElse(List.of())) {
                    participantsHelped.computeIfAbsent(adjustment, a -> new HashSet<>()).add(participant);
                }
            }
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        participantsHelped.entrySet().stream()
                .sorted(Map.Entry.<String, Set<Long>>comparingByValue((a, b) -> Integer.compare(b.size(), a.size()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> counts.put(taxonomy.adjustment(e.getKey()).map(Adjustment::label).orElse(e.getKey()),
                        (long) e.getValue().size()));
        List<Report.Bar> bars = bars(counts);
        return Report.ofBars("adjustments-needed", "Adjustments most needed", bars.isEmpty()
                ? "No needs recorded for " + whose + " yet." : "How many active participants in " + whose
                + " have a need each adjustment meets, most first: " + summary(bars.subList(0, Math.min(3, bars.size())))
                + ".", "Adjustment", "Participants it would help", bars);
    }

    /** A report's table as CSV (headers first), with spreadsheet formulas neutralised. */
    public void writeCsv(Report report, java.io.Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(report.headers());
        report.rows().forEach(csv::row);
        csv.flush();
    }

    private static List<Report.Bar> bars(Map<String, Long> counts) {
        List<Report.Bar> bars = new ArrayList<>();
        counts.forEach((label, n) -> bars.add(new Report.Bar(label, n)));
        return bars;
    }

    private static String summary(List<Report.Bar> bars) {
        return String.join(", ", bars.stream().map(b -> b.label() + " " + b.value()).toList());
    }
}
