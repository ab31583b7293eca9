package org.workingwin.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The live heap of the portal's JVM, read with {@code jcmd <pid> GC.class_histogram}, which runs a full
 * collection first: what is left is what the portal keeps, sessions included.
 */
final class HeapProbe {

    private final long pid;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    /** Live bytes and objects, and how many Vaadin sessions and UIs are among them. */
    record Histogram(long liveBytes, long sessions, long uis) {
    }

    Histogram histogram() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " GC.class_histogram failed: " + out.lines().limit(5).toList());
        }
        long total = -1;
        long sessions = 0;
        long uis = 0;
        for (String line : out.lines().toList()) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 3 && cells[0].equals("Total")) {
                total = Long.parseLong(cells[2]);
            } else if (cells.length >= 4 && cells[3].equals("com.vaadin.flow.server.VaadinSession")) {
                sessions = Long.parseLong(cells[1]);
            } else if (cells.length >= 4 && cells[3].equals("com.vaadin.flow.component.UI")) {
                uis = Long.parseLong(cells[1]);
            }
        }
        if (total < 0) {
            throw new IOException("no Total line in the histogram of " + pid);
        }
        return new Histogram(total, sessions, uis);
    }
}
