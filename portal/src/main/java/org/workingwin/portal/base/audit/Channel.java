package org.workingwin.portal.base.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * An explicit channel for work that is neither a view nor an API call (jobs, the demo data, tests):
 * it wins over the {@link ChannelSource}s while {@code work} runs on this thread.
 */
public final class Channel {

    /** Recorded when nothing names the channel: the portal acting on its own. */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

    private Channel() {
    }

    public static <T> T during(String via, Supplier<T> work) {
        String before = EXPLICIT.get();
        EXPLICIT.set(via);
        try {
            return work.get();
        } finally {
            if (before == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(before);
            }
        }
    }

    public static void during(String via, Runnable work) {
        during(via, () -> {
            work.run();
            return null;
        });
    }

    public static Optional<String> explicit() {
        return Optional.ofNullable(EXPLICIT.get());
    }
}
