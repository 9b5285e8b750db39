package io.tagwright.trainer.protocol.event;

import java.io.PrintStream;

/**
 * Writes one event per line to a stream, each line {@link EventCodec#LINE_PREFIX} + JSON so that a
 * reader can tell events from the log lines and progress output that share the stream.
 */
public final class StreamEventSink implements EventSink {
    private final PrintStream out;

    public StreamEventSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void emit(TrainerEvent event) {
        String line = EventCodec.toLine(event);
        synchronized (out) {
            out.print(line);
            out.print('\n');
            out.flush();
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
