package org.factiongraph.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr, drawn only when the command runs on a terminal (a pipe or a CI log gets the summary
 * alone).
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = System.console() != null && total > 1;
    }

    void step(String current) {
        done++;
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double secs = (System.nanoTime() - started) / 1e9;
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        err.print(String.format("\r[%s%s] %d/%d %5.1fs %-40s", "#".repeat(filled), " ".repeat(width - filled),
                done, total, secs, name));
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
