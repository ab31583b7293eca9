package org.workingwin.benchmarks.load;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What each kind of person does on the portal, step by step, as the demo data allows: a visitor
 * searching and reading vacancies, a participant doing the same signed in, a specialist reviewing a
 * participant's suggested matches with their reasons, an employer posting a vacancy for checks. Each
 * journey checks what it sees, so a wrong page counts as an error, not only a failed request.
 */
final class Journeys {

    /** The demo accounts' password (DemoData). */
    static final String PASSWORD = "working-win-demo";

    private static final List<String> KEYWORDS = List.of("care", "warehouse", "admin", "retail", "driver",
            "cleaner", "kitchen", "customer", "support", "assistant", "library", "office");
    private static final List<String> POSTCODES = List.of("S1", "S2", "S5", "S10", "S70", "S60", "DN1", "S40");
    private static final List<String> JOBS = List.of("Care assistant", "Warehouse operative", "Office administrator",
            "Kitchen porter", "Retail assistant");

    private final URI base;
    private final RequestLog log;
    private final RandomGenerator random;

    Journeys(URI base, RequestLog log, RandomGenerator random) {
        this.base = base;
        this.log = log;
        this.random = random;
    }

    enum Role { VISITOR, PARTICIPANT, SPECIALIST, EMPLOYER }

    /** A new tab for this role, signed in where the role needs it. */
    UiClient start(Role role) {
        UiClient ui = new UiClient(base, log);
        switch (role) {
            case VISITOR -> ui.open("vacancies");
            case PARTICIPANT -> signIn(ui, "participant@example.org", "me");
            case SPECIALIST -> signIn(ui, "specialist@example.org", "specialist");
            case EMPLOYER -> signIn(ui, "employer@example.org", "employer/vacancies");
        }
        return ui;
    }

    /** One round of the role's work, with a pause to read or think before each step. */
    void round(Role role, UiClient ui, Runnable think) {
        switch (role) {
            case VISITOR, PARTICIPANT -> searchAndRead(ui, think);
            case SPECIALIST -> reviewMatches(ui, think);
            case EMPLOYER -> postVacancy(ui, think);
        }
    }

    /** Signing out ends the session on the server, which answers so: anything else is an error. */
    void signOut(UiClient ui) {
        try {
            ui.click("sign out", "sign-out");
        } catch (UiClient.SessionEnded expected) {
            return;
        }
        throw new UiClient.LoadError("the session went on after signing out");
    }

    void signIn(UiClient ui, String email, String home) {
        ui.open("sign-in");
        UiTree.Node form = ui.tree().byTag("vaadin-login-form").stream().findFirst()
                .orElseThrow(() -> new UiClient.LoadError("no sign-in form"));
        ui.fire("sign in", form, "login", Map.of("event.detail.username", email, "event.detail.password", PASSWORD));
        expect(ui.has("sign-out"), "not signed in as " + email);
        if (!home.isEmpty()) {
            ui.navigate(home);
        }
    }

    private void searchAndRead(UiClient ui, Runnable think) {
        ui.navigate("vacancies");
        think.run();
        ui.type("search: keywords", "keywords", pick(KEYWORDS));
        ui.click("search", "search");
        expect(ui.element("result-summary") != null, "no result summary");
        List<String> found = vacancyLinks(ui);
        think.run();
        if (!found.isEmpty()) {
            ui.navigate(pick(found));
            think.run();
        }
        ui.navigate("vacancies");
        ui.type("search: postcode", "postcode", pick(POSTCODES));
        ui.click("search", "search");
        think.run();
        found = vacancyLinks(ui);
        if (!found.isEmpty()) {
            ui.navigate(pick(found));
            think.run();
        }
    }

    private void reviewMatches(UiClient ui, Runnable think) {
        ui.navigate("specialist/participants");
        List<String> records = ui.tree().links().stream().filter(h -> h.startsWith("specialist/participants/record/"))
                .toList();
        expect(!records.isEmpty(), "no participants in the caseload");
        String id = pick(records).substring("specialist/participants/record/".length());
        think.run();
        ui.navigate("specialist/participants/record/" + id);
        think.run();
        ui.navigate("specialist/participants/matches/" + id);
        String summary = ui.textOf("match-summary");
        expect(summary.startsWith("No open vacancy") || summary.endsWith("this participant")
                && ui.text().contains("Yes: "), "no suggested matches with reasons for participant " + id);
        List<String> vacancies = vacancyLinks(ui);
        think.run();
        if (!vacancies.isEmpty()) {
            String vacancy = pick(vacancies);
            ui.navigate(vacancy);
            think.run();
            ui.navigate("specialist/vacancies/participants/" + vacancy.substring("vacancy/".length()));
            think.run();
        }
        ui.navigate("specialist");
        think.run();
    }

    private void postVacancy(UiClient ui, Runnable think) {
        ui.navigate("employer/vacancies");
        think.run();
        ui.navigate("employer/vacancies/edit");
        fillVacancy(ui, pick(JOBS));
        think.run();
        ui.click("send vacancy for checks", "submit-vacancy");
        expect(ui.textOf("vacancy-status").equals("Status: Waiting for checks"),
                "the vacancy was not sent for checks: " + ui.textOf("vacancy-status") + " " + ui.fieldErrors());
        think.run();
        ui.navigate("employer/vacancies");
        think.run();
    }

    /** Fills in every field of a new vacancy, as an employer would, on the open editor. */
    void fillVacancy(UiClient ui, String job) {
        ui.type("vacancy form", "title", job);
        ui.pick("vacancy form: occupation", "occupation", "care", "6135");
        ui.type("vacancy form", "description", job + " in a friendly team. Full training, a named buddy for the "
                + "first month, and regular one-to-one check-ins with your manager.");
        ui.type("vacancy form", "postcode", pick(List.of("S1 2HE", "S70 2TA", "S60 1QY", "DN1 3BU")));
        ui.select("vacancy form", "work-mode", "On site");
        ui.type("vacancy form", "hours-min", "16");
        ui.type("vacancy form", "hours-max", "30");
        ui.tick("vacancy form", "patterns", "Days");
        ui.select("vacancy form", "contract-type", "Permanent");
        ui.type("vacancy form", "pay-min", "12.50");
        ui.type("vacancy form", "pay-max", "13.20");
        ui.select("vacancy form", "pay-period", "per hour");
        ui.type("vacancy form", "closing-date", LocalDate.now().plusWeeks(6).toString());
        ui.type("vacancy form", "positions", "2");
        ui.check("vacancy form", "adjustment-flexible_start");
    }

    private static List<String> vacancyLinks(UiClient ui) {
        return ui.tree().links().stream().filter(h -> h.matches("vacancy/\\d+")).toList();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void expect(boolean condition, String otherwise) {
        if (!condition) {
            throw new UiClient.LoadError(otherwise);
        }
    }
}
