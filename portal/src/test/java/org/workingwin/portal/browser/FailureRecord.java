package org.workingwin.portal.browser;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps a screenshot, the page text, its markup and the browser console of a failed browser test. */
final class FailureRecord {

    private FailureRecord() {
    }

    static TestWatcher keep(Supplier<Browser> browser, String prefix) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                Browser b = browser.get();
                if (b != null) {
                    String name = prefix + context.getRequiredTestMethod().getName();
                    b.screenshot(name);
                    b.saveText(name);
                }
            }
        };
    }
}
