package io.tagwright.trainer.cli;

import io.tagwright.trainer.protocol.event.EventSink;
import io.tagwright.trainer.protocol.event.TrainerEvent;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The human side of the event stream: a one-line progress bar redrawn in place on a terminal
 * (epoch, step/total, loss, it/s, ETA), or plain lines at most every few seconds when the stream
 * is not a terminal (logs, CI). Other events become readable lines.
 */
final class ConsoleProgress implements EventSink {
    private static final int BAR = 24;
    private final PrintStream out;
    private final boolean tty;
    private final long plainIntervalNanos;
    private long lastPlain;
    private boolean barShown;

    ConsoleProgress(PrintStream out, boolean tty, long plainIntervalMillis) {
        this.out = out;
        this.tty = tty;
        this.plainIntervalNanos = plainIntervalMillis * 1_000_000L;
    }

    @Override
    public synchronized void emit(TrainerEvent event) {
        switch (event) {
            case TrainerEvent.Step s -> step(s);
            case TrainerEvent.RunStarted r -> line("training: " + r.plan().totalSteps() + " steps in " + r.plan().epochs()
                    + " epochs, " + r.plan().batchesPerEpoch() + " batches per epoch");
            case TrainerEvent.EpochEnd e -> line(String.format(Locale.ROOT, "epoch %d done, loss %.4f%s", e.epoch(), e.epochLoss(),
                    e.validationLoss() == null ? "" : String.format(Locale.ROOT, ", validation %.4f", e.validationLoss())));
            case TrainerEvent.CheckpointSaved c -> line("saved " + c.path() + " (" + human(c.sizeBytes()) + ")");
            case TrainerEvent.SampleWritten w -> line("sample " + w.path());
            case TrainerEvent.Warning w -> line("warning: " + w.message());
            case TrainerEvent.Error e -> line("error: " + e.message() + (e.detail() == null ? "" : "\n  " + e.detail()));
            case TrainerEvent.Finished f -> line("finished: " + f.status().name().toLowerCase(Locale.ROOT)
                    + (f.outputs().isEmpty() ? "" : ", " + f.outputs().size() + " file(s)"));
        }
    }

    private void step(TrainerEvent.Step s) {
        String text = format(s);
        if (tty) {
            out.print("\r" + text + "\u001B[K");
            out.flush();
            barShown = true;
            if (s.step() >= s.totalSteps()) {
                out.println();
                barShown = false;
            }
        } else {
            long now = System.nanoTime();
            if (lastPlain == 0 || now - lastPlain >= plainIntervalNanos || s.step() >= s.totalSteps() || s.step() == 1) {
                lastPlain = now;
                out.println(text);
            }
        }
    }

    static String format(TrainerEvent.Step s) {
        int filled = s.totalSteps() <= 0 ? 0 : (int) Math.min(BAR, BAR * s.step() / s.totalSteps());
        String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
        return String.format(Locale.ROOT, "epoch %d [%s] %d/%d loss %.4f avg %.4f %.2f it/s ETA %s", s.epoch(), bar,
                s.step(), s.totalSteps(), s.loss(), s.averageLoss(), s.itPerSecond(), duration(s.etaSeconds()));
    }

    static String duration(double seconds) {
        if (seconds < 0 || Double.isNaN(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }

    static String human(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private void line(String s) {
        if (barShown) {
            out.println();
            barShown = false;
        }
        out.println(s);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (barShown) {
            out.println();
            barShown = false;
        }
        out.flush();
    }
}
