package io.tagwright.trainer.cli;

import io.tagwright.trainer.protocol.event.EventSink;
import io.tagwright.trainer.protocol.event.TrainerEvent;

import java.util.List;

/** Sends every event to several sinks (the IDE channel and the console). */
final class FanOutSink implements EventSink {
    private final List<EventSink> sinks;

    FanOutSink(List<EventSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void emit(TrainerEvent event) {
        for (EventSink s : sinks) {
            s.emit(event);
        }
    }

    @Override
    public void close() {
        for (EventSink s : sinks) {
            s.close();
        }
    }
}
