package org.workingwin.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs Deque's axe-core (the script bundled in com.deque.html.axe-core:selenium) on the page the browser
 * shows, at WCAG 2.0, 2.1 and 2.2 levels A and AA, and keeps every violation found with the page it was on.
 * Browser calls it after each page it opens, each route change and each screenshot; Browser.close() writes
 * the report to target/accessibility and fails the test class if anything was found.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path REPORTS = Path.of("target", "accessibility");
    private static final String SCRIPT = load();
    /**
     * The one exception: target-size on a vaadin-grid body cell that holds a link. The cell is the grid's
     * keyboard stop (its roving tabindex), not something to tap; on a narrow column the link inside covers it,
     * and axe then measures the sliver left over. The link itself is still checked, and is 24 px or more.
     */
    private static final java.util.regex.Pattern GRID_CELL = java.util.regex.Pattern.compile(
            "^vaadin-grid[^|]* >>> #vaadin-grid-cell-\\d+  <td ");

    /** One rule broken on one page, with the elements that break it. */
    record Violation(String page, String rule, String impact, String help, List<String> targets) {

        String describe() {
            return page + ": " + rule + " (" + impact + ") " + help + "\n    " + String.join("\n    ", targets);
        }
    }

    private final String name;
    private final Map<String, Violation> found = new LinkedHashMap<>();
    private final List<String> pages = new ArrayList<>();
    private int reported;

    Axe(String name) {
        this.name = name;
    }

    /** Checks the page as it is now; page is its path, with a note of its state (a dialog, an error). */
    void check(JavascriptExecutor js, String page) {
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(SCRIPT);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const tags = arguments[0];
                // Let opening dialogs and overlays finish their animation: half-faded text is not a contrast failure.
                const settle = Promise.race([
                    Promise.all(document.getAnimations().filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)
                        .map(a => a.finished.catch(() => null))),
                    new Promise(r => setTimeout(r, 1500))])
                    // A closing overlay (a date picker, a dialog) unhides the rest of the page only at its end.
                    .then(() => new Promise(r => {
                        const start = Date.now();
                        const poll = () => !document.querySelector('[data-aria-hidden]')
                            || document.querySelector('[opened]:is(vaadin-dialog, vaadin-confirm-dialog, vaadin-date-picker, '
                                + 'vaadin-select, vaadin-combo-box)') || Date.now() - start > 2000 ? r() : setTimeout(poll, 50);
                        poll();
                    }));
                settle.then(() => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}))
                    .then(r => done(r.violations.map(v => ({
                        id: v.id, impact: v.impact || '', help: v.help,
                        targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' | ')
                            + '  ' + (n.html || '').replace(/\\s+/g, ' ').substring(0, 160))}))))
                    .catch(e => done('axe failed: ' + e));""", TAGS);
        if (result instanceof String error) {
            throw new IllegalStateException(error + " on " + page);
        }
        pages.add(page);
        // The same element failing the same rule on the same route is one violation, whatever the state or id.
        String pattern = page.replaceAll(" \\[.*]$", "").replaceAll("/\\d+", "/{id}");
        for (Object o : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) o;
            @SuppressWarnings("unchecked")
            List<String> targets = ((List<String>) v.get("targets")).stream()
                    .filter(t -> !("target-size".equals(v.get("id")) && GRID_CELL.matcher(t).find())).toList();
            if (targets.isEmpty()) {
                continue;
            }
            String key = pattern + " " + v.get("id") + " " + targets;
            found.putIfAbsent(key, new Violation(page, (String) v.get("id"), (String) v.get("impact"),
                    (String) v.get("help"), targets));
        }
    }

    List<Violation> violations() {
        return List.copyOf(found.values());
    }

    /** Writes the report and throws if any violation was found since the last call. */
    void assertNone() {
        write();
        List<Violation> all = violations();
        if (all.size() > reported) {
            List<Violation> fresh = all.subList(reported, all.size());
            reported = all.size();
            StringBuilder message = new StringBuilder(fresh.size() + " accessibility violation(s) at WCAG 2.2 A/AA:");
            fresh.forEach(v -> message.append("\n  ").append(v.describe()));
            throw new AssertionError(message.toString());
        }
    }

    void write() {
        try {
            Files.createDirectories(REPORTS);
            StringBuilder out = new StringBuilder("# axe-core " + TAGS + ": " + name + "\n\n");
            out.append("Checks run: ").append(pages.size()).append("; violations: ").append(found.size()).append("\n\n");
            for (Violation v : found.values()) {
                out.append("- ").append(v.describe()).append('\n');
            }
            out.append("\n## Pages checked\n\n");
            pages.forEach(p -> out.append("- ").append(p).append('\n'));
            Files.writeString(REPORTS.resolve(name + ".md"), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
