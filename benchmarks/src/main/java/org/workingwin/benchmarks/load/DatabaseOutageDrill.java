package org.workingwin.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fault drill D (bin/fault-drill): the database stops while an employer sends a vacancy for checks.
 * The employer must see a clear message at once, keep everything typed, and, once the database is back,
 * send the same form successfully. The drill stops and starts the database with the commands it is given
 * (bin/fault-drill runs a database server of its own for this, never the shared one).
 *
 * <p>Arguments: --base URL --title TEXT --stop COMMAND --start COMMAND. Prints one line per check and
 * exits 1 if any fails; the script then checks the database holds the vacancy exactly once.
 */
public final class DatabaseOutageDrill {

    private static final List<String> failures = new ArrayList<>();

    private DatabaseOutageDrill() {
    }

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> options = LoadTestMain.options(args);
        URI base = URI.create(options.get("base"));
        String title = options.get("title");
        RequestLog log = new RequestLog();
        Journeys journeys = new Journeys(base, log, new SplittableRandom(1));
        UiClient ui = new UiClient(base, log);
        journeys.signIn(ui, "employer@example.org", "employer/vacancies/edit");
        journeys.fillVacancy(ui, title);

        say("stopping the database: " + run(options.get("stop")));
        long start = System.nanoTime();
        ui.click("send for checks while the database is down", "submit-vacancy");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        List<String> shown = ui.notifications();
        say("the page answered in " + tookMs + " ms; messages shown: " + shown);
        check(shown.stream().anyMatch(m -> m.contains("cannot reach its database") && m.contains("Nothing you typed")),
                "the employer is told the database cannot be reached and that nothing typed is lost");
        check(tookMs < 15_000, "the message comes within 15 s (" + tookMs + " ms)");
        // A second try while still down: no pooled connection is left, so this waits for the pool's timeout.
        start = System.nanoTime();
        ui.click("send for checks again while the database is down", "submit-vacancy");
        long againMs = (System.nanoTime() - start) / 1_000_000;
        List<String> again = ui.notifications();
        say("a second try answered in " + againMs + " ms; messages shown: " + again);
        check(again.size() == 2 && again.get(1).equals(again.get(0)) && againMs < 15_000,
                "a second try while down gets the same message within 15 s (" + againMs + " ms)");
        check(ui.valueOf("title").equals(title), "the title is still in the form (" + ui.valueOf("title") + ")");
        check(ui.valueOf("postcode").length() > 0 && ui.valueOf("hours-min").equals("16"),
                "the other fields still hold what was typed");
        check(ui.textOf("vacancy-status").equals("New vacancy: not saved yet"),
                "the page does not claim the vacancy was saved (" + ui.textOf("vacancy-status") + ")");
        HttpResponse<String> ready = get(base.resolve("/api/health/ready"));
        say("readiness while down: " + ready.statusCode() + " " + ready.body());
        check(ready.statusCode() == 503 && ready.body().contains("\"name\":\"database\",\"up\":false"),
                "readiness says the database is down");
        HttpResponse<String> feed = get(base.resolve("/api/v1/job-postings"));
        say("job postings feed while down: " + feed.statusCode() + " " + feed.body());
        check(feed.statusCode() == 503 && feed.body().contains("cannot reach its database"),
                "the API answers 503 with a message, not a stack trace");

        say("starting the database: " + run(options.get("start")));
        waitUntilReady(base);
        ui.click("send for checks again", "submit-vacancy");
        check(ui.textOf("vacancy-status").equals("Status: Waiting for checks"),
                "sent for checks once the database is back (" + ui.textOf("vacancy-status") + " " + ui.fieldErrors() + ")");
        check(ui.notifications().stream().anyMatch(m -> m.startsWith("Sent for checks.")),
                "the employer is told it was sent for checks");
        if (!failures.isEmpty()) {
            say(failures.size() + " check(s) failed");
            System.exit(1);
        }
    }

    private static void waitUntilReady(URI base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(base.resolve("/api/health/ready")).statusCode() == 200) {
                    say("ready again");
                    return;
                }
            } catch (IOException e) {
                // not answering yet
            }
            Thread.sleep(500);
        }
        check(false, "ready within 90 s of the database starting");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        return "exit " + process.waitFor() + (out.isEmpty() ? "" : ": " + out);
    }

    private static void check(boolean passed, String what) {
        say((passed ? "  PASS " : "  FAIL ") + what);
        if (!passed) {
            failures.add(what);
        }
    }

    private static void say(String line) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + line);
    }
}
