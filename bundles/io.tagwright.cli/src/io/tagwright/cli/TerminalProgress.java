package io.tagwright.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A one-line progress bar for terminals ({@code [#####.....] 50% Reading 100000 images  12s}), redrawn in
 * place at most ten times a second. Cancellation comes from Ctrl-C (the JVM's shutdown), not from here.
 */
final class TerminalProgress extends NullProgressMonitor {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private String task = "";
    private String subTask = "";
    private double total;
    private double done;
    private long lastDraw;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        done = 0;
        draw(true);
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        draw(true);
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        draw(false);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        draw(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        done = total;
        draw(true);
        err.print("\r\u001b[2K");
        err.flush();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double f = total > 0 ? Math.min(1, done / total) : 0;
        int filled = (int) Math.round(f * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        long secs = (now - start) / 1_000_000_000L;
        String label = subTask.isEmpty() ? task : task + ": " + subTask;
        err.printf(Locale.ROOT, "\r\u001b[2K[%s] %3d%% %s  %ds", bar, (int) (f * 100), label, secs);
        err.flush();
    }
}
