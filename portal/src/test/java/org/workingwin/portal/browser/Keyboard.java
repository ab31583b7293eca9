package org.workingwin.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard-only person: Tab, Shift+Tab, Enter, Space, arrows, Escape and typing, never a click. After every
 * key that moves focus it checks that the focused element shows it (an outline, a box shadow or Vaadin's
 * focus-ring, which Lumo draws) and that focus moved forward in document order, except where it wraps
 * from the end of the page back to the header, or inside a dialog, which keeps focus until it is closed.
 */
final class Keyboard {

    /** Where focus is: the ids of the element and its hosts, inner first, its text and whether it shows. */
    record Focus(List<String> ids, String tag, String text, boolean visible, boolean inDialog, boolean inHeader,
                 boolean body, long order) {

        boolean in(String id) {
            return ids.contains(id);
        }

        @Override
        public String toString() {
            return tag + (ids.isEmpty() ? "" : "#" + ids.getFirst()) + " '" + text + "'";
        }
    }

    private static final String FOCUS = """
            let chain = [], a = document.activeElement;
            while (a) { chain.push(a); a = a.shadowRoot && a.shadowRoot.activeElement; }
            const el = chain[chain.length - 1], top = chain[0];
            if (!el || el === document.body) {
                return {ids: [], tag: 'body', text: '', visible: false, inDialog: false, inHeader: false, body: true, order: -1};
            }
            const ids = [];
            let visible = false, n = el, depth = 0;
            while (n && n !== document.body) {
                if (n.nodeType === 1) {
                    if (n.id) ids.push(n.id);
                    const s = getComputedStyle(n);
                    // A grid cell draws its focus ring on ::before.
                    const before = getComputedStyle(n, '::before');
                    if (depth < 4 && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                            || (s.boxShadow && s.boxShadow !== 'none') || n.hasAttribute('focus-ring')
                            || (before.boxShadow && before.boxShadow !== 'none'))) {
                        visible = true;
                    }
                    depth++;
                }
                n = n.parentNode || n.host;
                if (n && n.nodeType === 11) { n = n.host; }
            }
            const r = el.getBoundingClientRect();
            visible = visible && r.width > 0 && r.height > 0;
            const all = document.querySelectorAll('*');
            const order = Array.prototype.indexOf.call(all, top);
            const dialog = !!top.closest('vaadin-dialog, vaadin-dialog-overlay, vaadin-confirm-dialog, [role=dialog], '
                + '[slot=overlay], vaadin-select-item, vaadin-combo-box-item');
            // A checkbox's or radio button's input says nothing; its host carries the label.
            const named = top.closest('vaadin-checkbox, vaadin-radio-button') || top;
            return {ids: ids, tag: el.localName, text: ((named.innerText || named.value || named.getAttribute('aria-label') || '') + '').trim()
                .replace(/\\s+/g, ' ').substring(0, 60), visible: visible, inDialog: dialog,
                inHeader: !!top.closest('[slot=navbar]'), body: false, order: order};""";

    private final Browser browser;
    private final List<Focus> path = new ArrayList<>();

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    Focus focus() {
        Map<?, ?> m = (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUS);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) m.get("ids");
        return new Focus(ids, (String) m.get("tag"), (String) m.get("text"), (Boolean) m.get("visible"),
                (Boolean) m.get("inDialog"), (Boolean) m.get("inHeader"), (Boolean) m.get("body"),
                ((Number) m.get("order")).longValue());
    }

    /** Presses keys on whatever has focus and waits for the server. */
    Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        browser.waitForVaadin();
        return this;
    }

    Keyboard type(String text) {
        return press(text);
    }

    /** Tabs forward until focus is inside the element with this id. */
    Focus tabTo(String id) {
        return tabUntil(f -> f.in(id), "#" + id);
    }

    /** Tabs forward until the focused element's text is this. */
    Focus tabToText(String text) {
        return tabUntil(f -> f.text().equals(text), "'" + text + "'");
    }

    /**
     * Tabs forward at most 120 times until the focus matches; checks every stop shows its focus and follows
     * the one before in the document, and that focus never sticks in one place.
     */
    Focus tabUntil(Predicate<Focus> target, String what) {
        Focus previous = focus();
        List<Focus> stops = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            press(Keys.TAB);
            Focus now = focus();
            stops.add(now);
            path.add(now);
            if (now.body()) {
                previous = now;
                continue;
            }
            assertThat(now.visible()).as("focus is visible on %s (stops: %s)", now, stops).isTrue();
            boolean forward = previous.body() || previous.order() < 0 || now.order() >= previous.order();
            boolean wraps = now.inHeader() && !previous.inHeader();
            assertThat(forward || wraps || now.inDialog() || previous.inDialog())
                    .as("focus moves forward in document order: %s after %s (stops: %s)", now, previous, stops)
                    .isTrue();
            if (target.test(now)) {
                return now;
            }
            previous = now;
        }
        throw new AssertionError("Tab never reached " + what + "; focus went: " + stops);
    }

    /** Shift+Tab once; focus must show and not be lost to the page. */
    Focus back() {
        press(Keys.chord(Keys.SHIFT, Keys.TAB));
        Focus now = focus();
        assertThat(now.visible()).as("focus is visible on %s after Shift+Tab", now).isTrue();
        return now;
    }

    /** Every stop this keyboard has made, for a failure message. */
    List<Focus> path() {
        return List.copyOf(path);
    }
}
