package io.tagwright.trainer.cli;

import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.EventSink;
import io.tagwright.trainer.protocol.event.TrainerEvent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --events-file}: the event stream as plain JSON lines (one {@link EventCodec#encode} object
 * per line, no prefix), flushed per event so that a crash loses nothing already reported. Write
 * errors stop the log, never the run.
 */
final class JsonLinesFileSink implements EventSink {
    private final Path file;
    private final java.io.PrintStream err;
    private BufferedWriter out;

    JsonLinesFileSink(Path file, java.io.PrintStream err) throws IOException {
        this.file = file;
        this.err = err;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void emit(TrainerEvent event) {
        if (out == null) {
            return;
        }
        try {
            out.write(EventCodec.encode(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            err.println("warning: cannot write " + file + ": " + e.getMessage() + "; event log stopped");
            close();
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the log is best effort
            }
            out = null;
        }
    }
}
