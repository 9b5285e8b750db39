package io.tagwright.trainer.protocol.tensorboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends scalar summaries to a TensorBoard event file named as PyTorch's SummaryWriter names it
 * ({@code events.out.tfevents.<unix seconds>.<host>.<pid>.0}). The first record carries
 * {@code file_version "brain.Event:2"}; scalars use {@code simple_value}, as torch's
 * {@code add_scalar} (which sd-scripts calls through accelerate) does. Records are flushed after
 * each write, so a crash loses at most the record being written and readers stop cleanly there.
 * Thread-safe.
 */
public final class EventFileWriter implements AutoCloseable {
    private final Path file;
    private final OutputStream out;

    private EventFileWriter(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** Creates the folder and a new event file in it. */
    public static EventFileWriter create(Path logDir) throws IOException {
        return create(logDir, System.currentTimeMillis() / 1000.0, hostName(), ProcessHandle.current().pid());
    }

    public static EventFileWriter create(Path logDir, double wallTime, String host, long pid) throws IOException {
        Files.createDirectories(logDir);
        String name = String.format("events.out.tfevents.%010d.%s.%d.0", (long) wallTime, host, pid);
        Path file = logDir.resolve(name);
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        EventFileWriter w = new EventFileWriter(file, out);
        w.writeRecord(fileVersionEvent(wallTime));
        return w;
    }

    public Path file() {
        return file;
    }

    public void addScalar(String tag, double value, long step) throws IOException {
        addScalar(tag, value, step, System.currentTimeMillis() / 1000.0);
    }

    public void addScalar(String tag, double value, long step, double wallTime) throws IOException {
        writeRecord(scalarEvent(tag, (float) value, step, wallTime));
    }

    private synchronized void writeRecord(byte[] event) throws IOException {
        out.write(TfRecord.frame(event));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** {@code Event{wall_time, file_version: "brain.Event:2"}}. */
    static byte[] fileVersionEvent(double wallTime) {
        return new Proto.Writer().doubleField(1, wallTime).stringField(3, "brain.Event:2").bytes();
    }

    /** {@code Event{wall_time, step, summary{value{tag, simple_value}}}}. */
    static byte[] scalarEvent(String tag, float value, long step, double wallTime) {
        byte[] v = new Proto.Writer().stringField(1, tag).floatField(2, value).bytes();
        byte[] summary = new Proto.Writer().bytesField(1, v).bytes();
        return new Proto.Writer().doubleField(1, wallTime).int64Field(2, step).bytesField(5, summary).bytes();
    }

    /** The machine's name without asking a resolver (no DNS): $HOSTNAME, /etc/hostname, $COMPUTERNAME, else "localhost". */
    static String hostName() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                Path etc = Path.of("/etc/hostname");
                h = Files.isRegularFile(etc) ? Files.readString(etc).strip() : null;
            } catch (IOException | RuntimeException e) {
                h = null;
            }
        }
        if (h == null || h.isBlank()) {
            h = System.getenv("COMPUTERNAME");
        }
        if (h == null || h.isBlank()) {
            h = "localhost";
        }
        return h.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
